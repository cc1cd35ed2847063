import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { safeReturnPath } from "@/lib/platform/auth/return-path";
import { landingPathFor } from "@/lib/platform/auth/roles";
import { signInReason } from "@/lib/platform/auth/sign-in-reason";
import { getCurrentUser } from "@/lib/platform/auth/session";

export const metadata: Metadata = { title: "Inloggen" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ terug?: string }> }) {
  const { terug } = await searchParams;
  // Empty: no page to go back to, so after signing in each role lands on its own work.
  const returnTo = terug ? safeReturnPath(terug) : "";
  const user = await getCurrentUser();
  if (user) redirect(returnTo || landingPathFor(user.role));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{signInReason(returnTo)}</h1>
      <p>Met een account kunt u een idee indienen, een idee steunen en zien waar u zich voor heeft opgegeven.</p>
      <p>Nog geen account? Vul gewoon uw e-mailadres in. Dan maken wij er een voor u.</p>
      <SignInForm returnTo={returnTo} />
      <p>
        Heeft u al een mail met een code?{" "}
        <Link href="/inloggen/code" className="inline-block py-2">
          Log in met de code
        </Link>
      </p>
      <p className="text-base text-muted">
        Wij gebruiken uw e-mailadres alleen om u in te laten loggen en om u berichten over uw eigen
        ideeën en aanmeldingen te sturen. Niemand anders ziet het.
      </p>
    </div>
  );
}
