import { Fragment } from "react";
import { certificateRows } from "@/lib/meedoen/certificate-rows";
import type { Certificate as CertificateFacts } from "@/lib/meedoen/queries/own";
import { qrSvg } from "@/lib/reach/qr";

/**
 * The "Ik deed mee" certificate: one A4 page with what the person did, the hours, the host's first
 * name, the skills the host ticked, and the code and address where anyone can check it. The page
 * that checks it shows exactly this and nothing more.
 */
export async function Certificate({ take, checkUrl }: { take: CertificateFacts; checkUrl: string }) {
  const qr = await qrSvg(checkUrl);
  return (
    <div className="certificate mx-auto max-w-[190mm] space-y-5 border-4 border-brand p-6 print:border-2">
      <style>{"@page { size: A4; margin: 15mm; } .certificate .qr svg { display: block; width: 100%; height: 100%; } @media print { main { padding: 0 !important; max-width: none !important; } }"}</style>
      <p className="text-xl font-bold text-brand">Burgers maken Hrl-Nrd · Heerlen-Noord</p>
      <h1 className="text-4xl font-bold">Ik deed mee</h1>
      <p className="text-2xl font-bold break-words">{take.name}</p>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {certificateRows(take).map(([label, lines]) => (
          <Fragment key={label}>
            <dt className="font-bold">{label}</dt>
            <dd className="break-words">
              {lines.map((line) => (
                <span key={line} className="block">
                  {line}
                </span>
              ))}
            </dd>
          </Fragment>
        ))}
      </dl>
      <div className="flex flex-wrap items-center gap-4 border-t-2 border-brand-light pt-4">
        <div className="qr h-32 w-32 shrink-0" aria-hidden="true" dangerouslySetInnerHTML={{ __html: qr }} />
        <p className="break-all">
          Is dit bewijs echt? Kijk op {checkUrl}
          <br />
          Code: <strong>{take.code}</strong>
        </p>
      </div>
    </div>
  );
}
