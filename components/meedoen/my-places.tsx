import Link from "next/link";
import { hoursText } from "@/lib/meedoen/hours";
import { ownTakes, type OwnTake } from "@/lib/meedoen/queries/own";
import { formatActivityTime } from "@/lib/platform/format";
import { WithdrawForm } from "./withdraw-form";

function statusText(take: OwnTake): string {
  if (take.came === true) return `U was er: ${hoursText(take.hours)}.`;
  if (take.came === false) return "U was er niet.";
  if (take.status === "geaccepteerd") return "U kunt komen helpen.";
  if (take.status === "afgewezen") return "Deze keer niet.";
  return "Wacht op antwoord.";
}

/** The account page's list of the places the person took, with hours and the certificate. */
export function MyPlaces({ userId }: { userId: string }) {
  const items = ownTakes(userId);
  const total = items.reduce((sum, take) => sum + take.hours, 0);
  const now = new Date();
  return (
    <section aria-labelledby="mijn-meedoen" className="space-y-3">
      <h2 id="mijn-meedoen" className="text-2xl font-bold">
        Meedoen
      </h2>
      {items.length === 0 ? (
        <p>
          U helpt nog nergens mee. <Link href="/meedoen">Bekijk de plekken om te helpen</Link>.
        </p>
      ) : (
        <>
          <p className="font-semibold">Samen {hoursText(total)} geholpen.</p>
          <ul className="space-y-3">
            {items.map((take) => (
              <li key={take.takeId} className="space-y-1 rounded-xl border-2 border-brand-light p-4">
                <Link href={`/meedoen/${take.placeId}`} className="flex min-h-11 items-center text-xl font-bold break-words">
                  {take.task}
                </Link>
                <p>{formatActivityTime(take.startsAt, take.endsAt)}</p>
                <p className="font-semibold">{statusText(take)}</p>
                {take.status !== "afgewezen" && take.startsAt > now && <WithdrawForm takeId={take.takeId} label="Ik kan toch niet" />}
                {take.code && (
                  <Link href={`/meedoen/bewijs/${take.code}`} className="inline-flex min-h-11 items-center">
                    Bewijs &quot;Ik deed mee&quot; afdrukken
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
