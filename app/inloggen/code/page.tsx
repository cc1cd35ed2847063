import type { Metadata } from "next";
import Link from "next/link";
import { SignInCodeForm } from "@/components/accounts/sign-in-code-form";

export const metadata: Metadata = { title: "Inloggen met de code" };

/** For someone who reads the sign-in mail on one device and signs in on another. */
export default function SignInCodePage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Inloggen met de code uit de mail</h1>
      <p>
        In de inlogmail staat een code van 6 cijfers. Typ hier uw e-mailadres en die code. Dat kan op elk apparaat, ook op
        een ander dan waar u de mail leest.
      </p>
      <SignInCodeForm email={null} />
      <p>
        Nog geen mail met een code?{" "}
        <Link href="/inloggen" className="inline-block py-2">
          Vraag eerst een inloglink aan
        </Link>
        .
      </p>
    </div>
  );
}
