import type { Metadata } from "next";
import Link from "next/link";
import { ProfileForm } from "@/components/accounts/profile-form";
import { MySignups } from "@/components/activities/my-signups";
import { MyInitiatives } from "@/components/initiatives/my-initiatives";
import { MyPlaces } from "@/components/meedoen/my-places";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { MyTrajectory } from "@/components/trajectories/my-trajectory";
import { ownTrajectories } from "@/lib/trajectories/queries/own";
import { BUTTON_STYLES } from "@/components/ui/button";
import { signOutAction } from "@/lib/accounts/actions/accounts";
import { requirePageUser } from "@/lib/platform/auth/guards";
import { ROLE_LABELS } from "@/lib/platform/auth/permissions";
import { preferencesOf } from "@/lib/notifications/queries/preferences";
import { listWijken } from "@/lib/reference/queries/reference";

export const metadata: Metadata = { title: "Mijn account" };

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Mijn account</h1>
        <p>
          U bent ingelogd als <strong>{user.displayName}</strong>.
        </p>
        <ul className="space-y-1">
          <li>Uw e-mailadres: {user.email}</li>
          <li>Uw rol: {ROLE_LABELS[user.role]}</li>
        </ul>
        <p className="text-base text-muted">Andere bewoners zien uw e-mailadres nooit. Alleen uw naam is zichtbaar.</p>
      </div>
      <section aria-labelledby="gegevens" className="space-y-3">
        <h2 id="gegevens" className="text-2xl font-bold">
          Mijn gegevens
        </h2>
        <ProfileForm
          wijken={listWijken()}
          initial={{ displayName: user.displayName ?? "", wijkId: user.wijkId ? String(user.wijkId) : "" }}
          submitLabel="Gegevens opslaan"
        />
      </section>
      <section aria-labelledby="mails" className="space-y-3">
        <h2 id="mails" className="text-2xl font-bold">
          Welke mails wilt u krijgen?
        </h2>
        <PreferencesForm initial={preferencesOf(user.id)} />
      </section>
      <MyInitiatives userId={user.id} />
      <MySignups userId={user.id} />
      <MyPlaces userId={user.id} />
      <MyTrajectory items={ownTrajectories(user.id)} />
      <section aria-labelledby="privacy" className="space-y-2">
        <h2 id="privacy" className="text-2xl font-bold">
          Uw gegevens
        </h2>
        <p>U mag altijd zien wat wij van u bewaren. U krijgt een bestand met al uw gegevens.</p>
        <a href="/account/gegevens" download className="inline-flex min-h-11 items-center">
          Haal mijn gegevens op (één bestand)
        </a>
        <p>Wilt u niet meer meedoen? Dan kunt u uw account verwijderen. Wij vragen eerst of u het zeker weet.</p>
        <Link href="/account/verwijderen" className="inline-flex min-h-11 items-center">
          Verwijder mijn account
        </Link>
      </section>
      <form action={signOutAction}>
        <button type="submit" className={BUTTON_STYLES.secondary}>
          Uitloggen
        </button>
      </form>
    </div>
  );
}
