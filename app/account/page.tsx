import type { Metadata } from "next";
import { ProfileForm } from "@/components/accounts/profile-form";
import { MyInitiatives } from "@/components/initiatives/my-initiatives";
import { BUTTON_STYLES } from "@/components/ui/button";
import { signOutAction } from "@/lib/accounts/actions";
import { requirePageUser } from "@/lib/auth/guards";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { listWijken } from "@/lib/reference/queries";

export const metadata: Metadata = { title: "Mijn account" };

export default async function AccountPage() {
  const user = await requirePageUser("/account");
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">Mijn account</h1>
        <p>
          U bent ingelogd als <strong>{user.displayName}</strong> ({user.email}). Uw rol:{" "}
          {ROLE_LABELS[user.role]}.
        </p>
        <p className="text-base text-muted">Uw e-mailadres ziet niemand anders. Alleen uw naam is zichtbaar.</p>
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
      <MyInitiatives userId={user.id} />
      <form action={signOutAction}>
        <button type="submit" className={BUTTON_STYLES.secondary}>
          Uitloggen
        </button>
      </form>
    </div>
  );
}
