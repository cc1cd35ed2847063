import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Inloggen" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ terug?: string }> }) {
  const returnTo = safeReturnPath((await searchParams).terug);
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Inloggen</h1>
      <p>Met een account kunt u een idee indienen, een idee steunen en zien waar u zich voor heeft opgegeven.</p>
      <p>Nog geen account? Vul gewoon uw e-mailadres in. Dan maken wij er een voor u.</p>
      <SignInForm returnTo={returnTo} />
      <p className="text-base text-muted">
        Wij gebruiken uw e-mailadres alleen om u in te laten loggen en om u berichten over uw eigen
        ideeën en aanmeldingen te sturen. Niemand anders ziet het.
      </p>
    </div>
  );
}
