import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TakeByPhone, TakeWithAccount } from "@/components/meedoen/take-form";
import { placesLeft } from "@/components/meedoen/places-left";
import { WithdrawForm } from "@/components/meedoen/withdraw-form";
import { Icon } from "@/components/ui/icon";
import { mayHost } from "@/lib/meedoen/rules";
import { getPlace, ownTake } from "@/lib/meedoen/queries/places";
import { ANSWER_DAYS } from "@/lib/meedoen/fields";
import { can } from "@/lib/platform/auth/permissions";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { formatActivityTime } from "@/lib/platform/format";
import { parseId } from "@/lib/platform/params";
import { pageMetadata } from "@/lib/reach/metadata";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ afgemeld?: string }> };

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
  const withdrawn = !!user && !own && (await searchParams).afgemeld === "ja";
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
            <strong>Wanneer:</strong> {formatActivityTime(place.startsAt, place.endsAt)}
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
          <TakeWithAccount placeId={place.id} />
        ) : (
          <>
            <p>
              U heeft geen account nodig. Heeft u wel een account? <Link href={`/inloggen?terug=/meedoen/${place.id}`}>Log dan in</Link>.
            </p>
            <TakeByPhone placeId={place.id} />
          </>
        )}
      </section>
    </article>
  );
}
