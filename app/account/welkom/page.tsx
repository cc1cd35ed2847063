import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ProfileForm } from "@/components/accounts/profile-form";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getCurrentUser } from "@/lib/auth/session";
import { listWijken } from "@/lib/reference/queries";

export const metadata: Metadata = { title: "Welkom" };

export default async function WelcomePage({ searchParams }: { searchParams: Promise<{ terug?: string }> }) {
  const returnTo = safeReturnPath((await searchParams).terug);
  const user = await getCurrentUser();
  if (!user) redirect(`/inloggen?terug=${encodeURIComponent(returnTo)}`);
  if (user.displayName) redirect(returnTo);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Welkom!</h1>
      <p>Fijn dat u meedoet. Kies eerst een naam. Die zien anderen als u iets plaatst.</p>
      <ProfileForm
        wijken={listWijken()}
        initial={{ displayName: user.displayName ?? "", wijkId: user.wijkId ? String(user.wijkId) : "" }}
        returnTo={returnTo}
        submitLabel="Opslaan en verder"
      />
    </div>
  );
}
