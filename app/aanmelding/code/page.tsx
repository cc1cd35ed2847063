import type { Metadata } from "next";
import Link from "next/link";
import { CancelCodeForm } from "@/components/activities/cancel-code-form";

export const metadata: Metadata = { title: "Afmelden met uw code", robots: { index: false } };

/** For a guest who signed up with only a number: cancel with the code from the text message. */
export default function CancelByCodePage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Afmelden met uw code</h1>
      <p>Heeft u zich aangemeld met uw mobiele nummer? Dan kreeg u een sms met een code van 6 cijfers.</p>
      <p>Vul uw nummer en de code in. Gebruik de code uit de nieuwste sms.</p>
      <CancelCodeForm />
      <p>
        Geen code? U kunt ook op de link in de sms tikken. Of kijk bij de{" "}
        <Link href="/activiteiten" className="inline-flex min-h-11 items-center">
          activiteiten
        </Link>
        .
      </p>
    </div>
  );
}
