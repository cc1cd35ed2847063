import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CheckInButton } from "@/components/activities/check-in-button";
import { OrganizerMessageForm } from "@/components/activities/organizer-message-form";
import { PlacesMeter } from "@/components/activities/places-meter";
import { StateNote } from "@/components/activities/state-note";
import { DoneNote } from "@/components/forms/done-note";
import { LinkButton } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { getOrganizerView, type OrganizerSignup } from "@/lib/activities/queries/organizer";
import { ORGANIZER_NOTES, organizerStateNote } from "@/lib/activities/organizer-notes";
import { requirePageUser } from "@/lib/platform/auth/guards";
import { doneNote } from "@/lib/platform/forms/done-notes";
import { formatActivityTime, formatClockTime, formatDate } from "@/lib/platform/format";
import { parseId } from "@/lib/platform/params";

export const metadata: Metadata = { title: "Uw activiteit", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ gelukt?: string }> };

const party = (n: number) => (n === 1 ? "1 persoon" : `${n} personen`);

/**
 * The organiser's own page of their activity, made for a phone: how many come, first names with
 * their party, check-in on the day, and one message to everyone. Never an address or a number.
 */
export default async function OrganizeActivityPage({ params, searchParams }: Props) {
  const raw = (await params).id;
  const user = await requirePageUser(`/activiteiten/${raw}/organiseren`);
  const id = parseId(raw);
  const view = id ? getOrganizerView(id, user.id) : null;
  if (!view) notFound();
  const { activity, confirmed, waiting, totals } = view;
  const done = doneNote(ORGANIZER_NOTES, (await searchParams).gelukt);
  const live = activity.approval === "goedgekeurd" && !activity.hidden && !activity.cancelled;
  const state = organizerStateNote(activity);
  const list = (items: OrganizerSignup[]) => (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={item.id}>
          {item.firstName} ({party(item.partySize)})
        </li>
      ))}
    </ul>
  );
  return (
    <article className="space-y-6">
      <p>
        <Link href={activity.initiative ? `/initiatieven/${activity.initiative.id}` : "/account"} className="inline-flex min-h-11 items-center">
          Terug naar uw idee
        </Link>
      </p>
      <h1 className="text-3xl font-bold break-words">Uw activiteit: {activity.title}</h1>
      {done && <DoneNote note={done} />}
      {state && <StateNote text={state} waiting={activity.approval === "wacht" && !activity.hidden && !activity.cancelled} />}
      <p>
        <strong>Wanneer:</strong> {formatActivityTime(activity.startsAt, activity.endsAt)}. <strong>Waar:</strong> {activity.address}.
      </p>
      <section aria-labelledby="wie-komt" className="space-y-3">
        <h2 id="wie-komt" className="text-2xl font-bold">
          Wie komt er
        </h2>
        <PlacesMeter places={activity.places} taken={totals.people} />
        <p>
          {party(totals.people)} aangemeld. {totals.came > 0 && `${party(totals.came)} binnen. `}
          {totals.waiting > 0 && `${party(totals.waiting)} op de wachtlijst.`}
        </p>
        <p className="text-base">U ziet alleen de voornaam en met hoeveel personen iemand komt. Het e-mailadres en het telefoonnummer ziet u niet.</p>
        {confirmed.length === 0 ? (
          <p>Nog niemand aangemeld.</p>
        ) : live ? (
          <>
            <p>Op de dag zelf: tik op een naam als iemand er is.</p>
            <ul className="space-y-3">
              {confirmed.map((item) => (
                <li key={item.id}>
                  <CheckInButton activityId={activity.id} signupId={item.id} name={item.firstName} partySize={item.partySize} checkedIn={item.checkedIn} byOrganizer />
                </li>
              ))}
            </ul>
          </>
        ) : (
          list(confirmed)
        )}
        {waiting.length > 0 && (
          <>
            <h3 className="text-xl font-bold">Wachtlijst</h3>
            {list(waiting)}
          </>
        )}
      </section>
      {live && activity.endsAt > new Date() && (
        <section aria-labelledby="bericht" className="space-y-3 rounded-xl border-2 border-gray-200 p-4">
          <h2 id="bericht" className="text-2xl font-bold">
            Stuur iedereen een bericht
          </h2>
          <p>Wij sturen uw bericht naar iedereen die is aangemeld of op de wachtlijst staat: met een mail, of met een sms als iemand alleen een nummer gaf.</p>
          {view.lastMessageAt && <p>Uw laatste bericht: {formatDate(view.lastMessageAt)} om {formatClockTime(view.lastMessageAt)}.</p>}
          <OrganizerMessageForm activityId={activity.id} />
        </section>
      )}
      {live && (
        <div className="flex flex-wrap gap-3">
          <LinkButton href={`/activiteiten/${activity.id}`} variant="secondary">
            Bekijk de pagina voor buren
          </LinkButton>
          <LinkButton href={`/activiteiten/${activity.id}/poster`} variant="secondary">
            <Icon name="print" /> Maak een poster
          </LinkButton>
        </div>
      )}
    </article>
  );
}
