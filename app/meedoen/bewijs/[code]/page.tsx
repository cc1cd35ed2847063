import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Certificate } from "@/components/meedoen/certificate";
import { BUTTON_STYLES } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { certificateByCode } from "@/lib/meedoen/queries/own";
import { certificateCodeSchema } from "@/lib/meedoen/schema";
import { siteUrl } from "@/lib/platform/site-url";

export const metadata: Metadata = { title: "Ik deed mee", robots: { index: false } };

type Props = { params: Promise<{ code: string }> };

/**
 * The certificate by its code: the person prints it, an employer checks it. Both see the same,
 * and only what the paper shows. The code (50 random bits) is the proof.
 */
export default async function CertificatePage({ params }: Props) {
  const code = certificateCodeSchema.safeParse(decodeURIComponent((await params).code));
  const take = code.success ? certificateByCode(code.data) : null;
  if (!take) notFound();
  return (
    <>
      <div className="no-print mb-4 space-y-2">
        <p>Dit bewijs is echt: het staat zo bij ons geregistreerd.</p>
        <p>
          <a href={`/meedoen/bewijs/${take.code}/pdf`} download className={BUTTON_STYLES.primary}>
            <Icon name="download" className="h-6 w-6" />
            Download als PDF
          </a>
        </p>
        <p>Afdrukken? Kies &quot;Afdrukken&quot; in uw browser (of Ctrl+P).</p>
        <p>
          <Link href="/meedoen" className="inline-flex min-h-11 items-center">
            Naar meedoen
          </Link>
        </p>
      </div>
      <Certificate take={take} checkUrl={`${siteUrl()}/meedoen/bewijs/${take.code}`} />
    </>
  );
}
