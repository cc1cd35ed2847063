import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TakeByPhone, TakeWithAccount } from "@/components/meedoen/take-form";
import { placesLeft } from "@/components/meedoen/places-left";
import { WithdrawForm } from "@/components/meedoen/withdraw-form";
import { Icon } from "@/components/ui/icon";
import { mayHost } from "@/lib/meedoen/rules";
import { datesOf, getPlace, ownTake } from "@/lib/meedoen/queries/places";
import { ANSWER_DAYS } from "@/lib/meedoen/fields";
import { TAKE_NOTES } from "@/lib/meedoen/messages";
import { can } from "@/lib/platform/auth/permissions";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { doneNote } from "@/lib/platform/forms/done-notes";
import { formatActivityTime } from "@/lib/platform/format";
import { parseId } from "@/lib/platform/params";
import { pageMetadata } from "@/lib/reach/metadata";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ afgemeld?: string; gelukt?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const place = id ? getPlace(id) : null;
  if (!place) return { title: "Meedoen" };
  return pageMetadata({ title: place.task, description: `${formatActivityTime(place.startsAt, place.endsAt)}, ${place.wijkName}. Help mee!`, path: `/meedoen/${place.id}` });
}

export default async function PlacePage({ params, searchParams }: Props) {
  const id = parseId((await params).id);
  const place = id ? getPlace(id) : null;
  if (!place) notFound();
  const user = await getCurrentUser();
  const own = user ? ownTake(place.id, user.id) : null;
  const past = place.startsAt <= new Date();
  const full = place.taken >= place.places;
  const query = await searchParams;
  const withdrawn = !!user && !own && query.afgemeld === "ja";
  // A guest's take without JavaScript lands here with its fixed note.
  const taken = user ? undefined : doneNote(TAKE_NOTES, query.gelukt);
  const dates = place.seriesId ? datesOf(place.seriesId) : [];
  const openDates = dates.filter((date) => date.taken < date.places).length;
  const when = formatActivityTime(place.startsAt, place.endsAt);
  const hosting = user && mayHost({ id: user.id, staff: can(user.role, "meedoen:host-any") }, place);
  return (
    <article className="space-y-5">
      <p className="text-lg font-semibold text-muted">Meedoen</p>
      <h1 className="text-3xl font-bold break-words">{place.task}</h1>
      {hosting && (
        <p>
          <Link href={`/meedoen/${place.id}/aanmeldingen`} className="inline-flex min-h-11 items-center">
            Wie wil helpen? Zeg ja of nee
          </Link>
        </p>
      )}
      <ul className="space-y-2">
        <li className="flex gap-2">
          <Icon name="calendar" className="mt-1 h-6 w-6 shrink-0" />
          <span>
            <strong>Wanneer:</strong> {when}
          </span>
        </li>
        <li className="flex gap-2">
          <Icon name="place" className="mt-1 h-6 w-6 shrink-0" />
          <span>
            <strong>Waar:</strong> {place.address}, {place.wijkName}
          </span>
        </li>
        <li className="flex gap-2">
          <Icon name="user" className="mt-1 h-6 w-6 shrink-0" />
          <span>
            <strong>U helpt samen met:</strong> {place.hostName}
          </span>
        </li>
        <li className="flex gap-2">
          <Icon name="users" className="mt-1 h-6 w-6 shrink-0" />
          <span className="font-semibold">{placesLeft(place.places, place.taken)}</span>
        </li>
        {place.initiativeTitle && (
          <li>
            Hoort bij het idee: <Link href={`/initiatieven/${place.initiativeId}`}>{place.initiativeTitle}</Link>
          </li>
        )}
        {place.activityTitle && (
          <li>
            Hoort bij de activiteit: <Link href={`/activiteiten/${place.activityId}`}>{place.activityTitle}</Link>
          </li>
        )}
      </ul>
      {dates.length > 1 && (
        <section aria-labelledby="dagen" className="space-y-2">
          <h2 id="dagen" className="text-2xl font-bold">
            Deze plek is op {dates.length} dagen
          </h2>
          <p>U kunt op één dag helpen, of op alle dagen. Elke dag telt apart mee voor uw uren.</p>
          <ul className="space-y-2">
            {dates.map((date) => (
              <li key={date.id} className="rounded-lg border-2 border-brand-light p-3">
                {date.id === place.id ? (
                  <strong>{formatActivityTime(date.startsAt, date.endsAt)} (deze dag)</strong>
                ) : (
                  <Link href={`/meedoen/${date.id}`} className="inline-flex min-h-11 items-center">
                    {formatActivityTime(date.startsAt, date.endsAt)}
                  </Link>
                )}
                <span className="block font-semibold">{placesLeft(date.places, date.taken)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="rounded-lg bg-sun-light p-3">{place.bring || "Geen ervaring nodig. U hoeft niets mee te nemen."}</p>
      <section aria-labelledby="meehelpen" className="space-y-3 rounded-xl border-2 border-brand-light p-4">
        <h2 id="meehelpen" className="text-2xl font-bold">
          Meehelpen
        </h2>
        {withdrawn && (
          <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-4 text-lg font-semibold">
            U bent afgemeld. De plek is weer vrij voor iemand anders.
          </p>
        )}
        {past ? (
          <p>Deze dag is geweest. Kijk bij de <Link href="/meedoen">andere plekken</Link>.</p>
        ) : own ? (
          <>
            <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-4 text-lg font-semibold">
              {own.status === "geaccepteerd" ? "U kunt komen helpen. Tot dan!" : `U heeft zich gemeld. Binnen ${ANSWER_DAYS} dagen hoort u of u kunt komen.`}
            </p>
            <WithdrawForm takeId={own.id} label="Ik kan toch niet" />
          </>
        ) : full ? (
          <p>Alle plekken zijn bezet. Kijk bij de <Link href="/meedoen">andere plekken</Link>.</p>
        ) : user ? (
          <TakeWithAccount placeId={place.id} dates={openDates} when={when} />
        ) : taken ? (
          <>
            <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-4 text-lg font-semibold">
              {taken}
            </p>
            <a href={`/meedoen/${place.id}#meehelpen`} className="inline-flex min-h-11 items-center">
              Nog iemand aanmelden
            </a>
          </>
        ) : (
          <>
            <p>
              U heeft geen account nodig. Heeft u wel een account? <Link href={`/inloggen?terug=/meedoen/${place.id}`}>Log dan in</Link>.
            </p>
            <TakeByPhone placeId={place.id} dates={openDates} when={when} />
            <p>
              Al gemeld met uw nummer en kunt u toch niet?{" "}
              <Link href="/meedoen/afmelden" className="inline-flex min-h-11 items-center">
                Afmelden met de code uit uw sms
              </Link>
            </p>
          </>
        )}
      </section>
    </article>
  );
}
