import type { Metadata } from "next";
import Link from "next/link";
import { CancelCodeForm } from "@/components/activities/cancel-code-form";
import { withdrawByCodeAction } from "@/lib/meedoen/actions/places";

export const metadata: Metadata = { title: "Afmelden voor een plek om te helpen", robots: { index: false } };

/** For a guest who took a place with only a number: cancel with the code from the text message. */
export default function WithdrawByCodePage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Afmelden voor een plek om te helpen</h1>
      <p>Heeft u zich gemeld met uw mobiele nummer? Dan kreeg u een sms met een code van 6 cijfers.</p>
      <p>Vul uw nummer en de code in. Meldde u zich voor meer dagen tegelijk? Dan meldt u zich voor al die dagen af.</p>
      <CancelCodeForm action={withdrawByCodeAction} />
      <p>
        Heeft u een account? Meld u dan af op{" "}
        <Link href="/account" className="inline-flex min-h-11 items-center">
          uw account
        </Link>
        . Of kijk bij de{" "}
        <Link href="/meedoen" className="inline-flex min-h-11 items-center">
          andere plekken
        </Link>
        .
      </p>
    </div>
  );
}
