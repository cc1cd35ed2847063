import { qrSvg } from "@/lib/reach/qr";
import { hoursText } from "@/lib/meedoen/hours";
import type { OwnTake } from "@/lib/meedoen/queries/own";
import { formatTimeWithYear } from "@/lib/platform/format";

/**
 * The "Ik deed mee" certificate: one A4 page with what the person did, the hours, the host's first
 * name, the skills the host ticked, and the code and address where anyone can check it. The page
 * that checks it shows exactly this and nothing more.
 */
export async function Certificate({ take, checkUrl }: { take: OwnTake; checkUrl: string }) {
  const qr = await qrSvg(checkUrl);
  return (
    <div className="certificate mx-auto max-w-[190mm] space-y-5 border-4 border-brand p-6 print:border-2">
      <style>{"@page { size: A4; margin: 15mm; } .certificate .qr svg { display: block; width: 100%; height: 100%; } @media print { main { padding: 0 !important; max-width: none !important; } }"}</style>
      <p className="text-xl font-bold text-brand">Burgers maken Hrl-Nrd · Heerlen-Noord</p>
      <h1 className="text-4xl font-bold">Ik deed mee</h1>
      <p className="text-2xl font-bold break-words">{take.name}</p>
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-bold">Wat</dt>
        <dd className="break-words">{take.task}</dd>
        {take.forWhat && (
          <>
            <dt className="font-bold">Voor</dt>
            <dd className="break-words">{take.forWhat}</dd>
          </>
        )}
        <dt className="font-bold">Wanneer</dt>
        <dd>{formatTimeWithYear(take.startsAt, take.endsAt)}</dd>
        <dt className="font-bold">Uren</dt>
        <dd>{hoursText(take.hours)}</dd>
        <dt className="font-bold">Samen met</dt>
        <dd className="break-words">{take.hostName}</dd>
        {take.skills.length > 0 && (
          <>
            <dt className="font-bold">Wat ging goed</dt>
            <dd>{take.skills.join(", ")}</dd>
          </>
        )}
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
