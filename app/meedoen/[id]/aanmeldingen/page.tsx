import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AttendanceForm } from "@/components/meedoen/attendance-form";
import { DecideForm } from "@/components/meedoen/decide-form";
import { placesLeft } from "@/components/meedoen/places-left";
import { ANSWER_DAYS } from "@/lib/meedoen/fields";
import { helpOffersOn, takesOf, type HostTake } from "@/lib/meedoen/queries/host";
import { getPlace } from "@/lib/meedoen/queries/places";
import { mayHost } from "@/lib/meedoen/rules";
import { skillKeys } from "@/lib/meedoen/skills";
import { requirePageUser } from "@/lib/platform/auth/guards";
import { can } from "@/lib/platform/auth/permissions";
import { formatActivityTime } from "@/lib/platform/format";
import { parseId } from "@/lib/platform/params";

export const metadata: Metadata = { title: "Wie wil helpen" };

type Props = { params: Promise<{ id: string }> };

const STATUS: Record<HostTake["status"], string> = { aangemeld: "Wacht op uw antwoord", geaccepteerd: "Komt helpen", afgewezen: "Niet deze keer" };

/** The host's page of one place: say yes or no, and after the date who came. */
export default async function HostPage({ params }: Props) {
  const raw = (await params).id;
  const user = await requirePageUser(`/meedoen/${raw}/aanmeldingen`);
  const id = parseId(raw);
  const place = id ? getPlace(id) : null;
  if (!place || !mayHost({ id: user.id, staff: can(user.role, "meedoen:host-any") }, place)) notFound();
  const started = place.startsAt <= new Date();
  const takes = takesOf(place.id);
  const offers = place.initiativeId ? helpOffersOn(place.initiativeId, user.id) : { count: 0, helpers: null };
  return (
    <div className="space-y-5">
      <p>
        <Link href={`/meedoen/${place.id}`} className="inline-flex min-h-11 items-center">
          Naar de plek
        </Link>
      </p>
      <h1 className="text-3xl font-bold break-words">Wie wil helpen: {place.task}</h1>
      <p>
        {formatActivityTime(place.startsAt, place.endsAt)}, {place.wijkName}. {placesLeft(place.places, place.taken)}.
      </p>
      {offers.count > 0 && (
        <section aria-labelledby="bieden-hulp" className="space-y-2 rounded-lg bg-sun-light p-3">
          <h2 id="bieden-hulp" className="text-xl font-bold">
            {offers.count === 1 ? "1 bewoner zei" : `${offers.count} bewoners zeiden`} &quot;ik help mee&quot; bij uw idee
          </h2>
          {offers.helpers && (
            <ul className="space-y-1">
              {offers.helpers.map((helper, index) => (
                <li key={index} className="break-words">
                  <strong>{helper.name}</strong>
                  {helper.note && `: ${helper.note}`}
                </li>
              ))}
            </ul>
          )}
          <p>
            Vraag of ze hier willen helpen. Zij staan ook op <Link href={`/initiatieven/${place.initiativeId}`}>de pagina van het idee</Link>.
          </p>
        </section>
      )}
      {!started && <p>Zeg binnen {ANSWER_DAYS} dagen ja of nee. Na de dag vinkt u hier af wie er was.</p>}
      {takes.length === 0 ? (
        <p>Er heeft zich nog niemand gemeld.</p>
      ) : (
        <ul className="space-y-3">
          {takes.map((take) => (
            <li key={take.id} className="space-y-2 rounded-xl border-2 border-brand-light p-4">
              <p className="text-xl font-bold">
                Vrijwilliger: {take.name}
              </p>
              <p className="font-semibold">{take.came === true ? "Was er" : take.came === false ? "Was er niet" : STATUS[take.status]}</p>
              {take.status === "aangemeld" && !started && <DecideForm takeId={take.id} name={take.name} />}
              {take.status === "geaccepteerd" && started && <AttendanceForm takeId={take.id} name={take.name} came={take.came} skills={skillKeys(take.skills)} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
