import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ProfileForm } from "@/components/accounts/profile-form";
import { safeReturnPath } from "@/lib/platform/auth/return-path";
import { landingPathFor } from "@/lib/platform/auth/roles";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { listWijken } from "@/lib/reference/queries/reference";

export const metadata: Metadata = { title: "Welkom" };

export default async function WelcomePage({ searchParams }: { searchParams: Promise<{ terug?: string }> }) {
  const { terug } = await searchParams;
  const user = await getCurrentUser();
  if (!user) redirect(terug ? `/inloggen?terug=${encodeURIComponent(safeReturnPath(terug))}` : "/inloggen");
  const returnTo = terug ? safeReturnPath(terug) : landingPathFor(user.role);
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
