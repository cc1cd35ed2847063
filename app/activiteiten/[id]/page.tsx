import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PlacesMeter } from "@/components/activities/places-meter";
import { PlacesSection } from "@/components/meedoen/places-section";
import { SharePanel } from "@/components/reach/share-panel";
import { ReadAloudButton } from "@/components/ui/read-aloud-button";
import { SignupForm } from "@/components/activities/signup-form";
import { signupStatusText } from "@/components/activities/signup-status";
import { Icon } from "@/components/ui/icon";
import { LinkButton } from "@/components/ui/button";
import { StateNote } from "@/components/activities/state-note";
import { ReportForm } from "@/components/initiatives/report-form";
import { findOwnSignup, getShownActivity, isShown, type ActivityDetail } from "@/lib/activities/queries/activities";
import { organizerStateNote } from "@/lib/activities/organizer-notes";
import { SIGNUP_NOTES } from "@/lib/activities/signup-answer";
import { doneNote } from "@/lib/platform/forms/done-notes";
import { can } from "@/lib/platform/auth/permissions";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { formatActivityTime, formatDate, placesLeftText } from "@/lib/platform/format";
import { parseId } from "@/lib/platform/params";
import { activityShareText, activityUrl } from "@/lib/reach/links";
import { pageMetadata } from "@/lib/reach/metadata";
import { activityPreviewFacts, previewVersion } from "@/lib/reach/preview";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ gelukt?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const activity = id ? getShownActivity(id) : null;
  if (!activity) return { title: "Activiteit", robots: { index: false } };
  const version = previewVersion(activityPreviewFacts(activity));
  return pageMetadata({
    title: activity.title,
    description: `${formatActivityTime(activity.startsAt, activity.endsAt)}, ${activity.address}, ${activity.wijkName}. Meedoen is gratis.`,
    path: `/activiteiten/${activity.id}`,
    image: { url: `${activityUrl(activity.id)}/voorbeeld.png?v=${version}`, alt: `${activity.title}: activiteit in ${activity.wijkName}` },
  });
}

const mapUrl = (activity: ActivityDetail) =>
  `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${activity.address}, ${activity.wijkName}`)}`;

/** Read aloud; places left only while one can still sign up, like the page shows them. */
function spokenText(activity: ActivityDetail, time: string, past: boolean): string {
  const places = past || activity.cancelled ? [] : [placesLeftText(activity.places, activity.placesTaken)];
  return [activity.title, time, `Waar: ${activity.address}.`, activity.description, ...places].join(". ");
}

export default async function ActivityPage({ params, searchParams }: Props) {
  const id = parseId((await params).id);
  const user = await getCurrentUser();
  const activity = id ? getShownActivity(id, user) : null;
  if (!activity) notFound();
  const shown = isShown(activity);
  const isOrganizer = !!user && activity.organizerId === user.id;
  const state = shown ? null : organizerStateNote(activity);
  const { gelukt } = await searchParams;
  const now = new Date();
  const time = formatActivityTime(activity.startsAt, activity.endsAt);
  const past = activity.startsAt <= now;
  const closed = activity.signupDeadline <= now;
  const own = user ? findOwnSignup(activity.id, user.id) : null;
  const full = activity.placesTaken >= activity.places;

  return (
    <article className="space-y-5">
      <h1 className="text-3xl font-bold">{activity.title}</h1>
      {can(user?.role, "activity:manage") && (
        <p>
          <Link href={`/beheer/activiteiten/${activity.id}`} className="inline-flex min-h-11 items-center">
            Beheer: aanmeldingen en inchecken
          </Link>
        </p>
      )}
      {isOrganizer && (
        <LinkButton href={`/activiteiten/${activity.id}/organiseren`}>Uw activiteit: wie komt er, inchecken, bericht</LinkButton>
      )}
      {state && <StateNote text={state} waiting={activity.approval === "wacht"} />}
      {activity.cancelled && (
        <p className="rounded-lg border-2 border-danger bg-red-50 p-3 font-bold text-danger">Deze activiteit gaat niet door.</p>
      )}
      <ul className="space-y-2">
        <li className="flex gap-2">
          <Icon name="calendar" className="mt-1 h-6 w-6 shrink-0" />
          <span>
            <strong>Wanneer:</strong> {time}
          </span>
        </li>
        <li className="flex gap-2">
          <Icon name="place" className="mt-1 h-6 w-6 shrink-0" />
          <span>
            <strong>Waar:</strong> {activity.address}, {activity.wijkName}.{" "}
            <a href={mapUrl(activity)} className="inline-flex min-h-11 items-center">
              Bekijk op de kaart
            </a>
          </span>
        </li>
        {activity.seriesName && (
          <li>
            Hoort bij: <strong>{activity.seriesName}</strong>
          </li>
        )}
        {activity.initiative && (
          <li>
            Idee van bewoners: <Link href={`/initiatieven/${activity.initiative.id}`}>{activity.initiative.title}</Link>
          </li>
        )}
      </ul>
      <div className="flex flex-wrap gap-3">
        <ReadAloudButton text={spokenText(activity, time, past)} />
        <a href={`/activiteiten/${activity.id}/agenda.ics`} className="inline-flex min-h-12 items-center gap-2 font-bold">
          <Icon name="calendar" /> Zet in mijn agenda
        </a>
      </div>
      {activity.description && <p className="whitespace-pre-line">{activity.description}</p>}
      {!activity.cancelled && !past && <PlacesMeter places={activity.places} taken={activity.placesTaken} />}

      <section aria-labelledby="aanmelden" className="space-y-3 rounded-xl border-2 border-brand-light p-4">
        <h2 id="aanmelden" className="text-2xl font-bold">
          Aanmelden
        </h2>
        {activity.cancelled ? (
          <p>Aanmelden kan niet: deze activiteit gaat niet door.</p>
        ) : !shown ? (
          <p>Aanmelden kan nog niet: deze activiteit staat niet op de website.</p>
        ) : past ? (
          <p>Deze activiteit is geweest. Aanmelden kan niet meer.</p>
        ) : own ? (
          <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-4 text-lg font-semibold">
            {signupStatusText(own)} Afmelden? Ga naar <Link href="/account">uw account</Link>.
          </p>
        ) : closed ? (
          <p>Aanmelden kan niet meer. Dat kon tot {formatDate(activity.signupDeadline)}.</p>
        ) : (
          <>
            <p>
              Aanmelden kan tot {formatDate(activity.signupDeadline)}. U heeft geen account nodig.
              {!user && (
                <>
                  {" "}
                  Heeft u wel een account? <Link href={`/inloggen?terug=/activiteiten/${activity.id}`}>Log dan in</Link>.
                </>
              )}
            </p>
            {activity.oneSignupPerEmail && (
              <p>U kunt zich voor één datum van {activity.seriesName} aanmelden.</p>
            )}
            <SignupForm
              activityId={activity.id}
              maxPartySize={activity.maxPartySize}
              full={full}
              prefill={{ name: user?.displayName ?? "", email: user?.email ?? "" }}
              done={doneNote(SIGNUP_NOTES, gelukt)}
            />
            <p>
              Aangemeld met een sms?{" "}
              <Link href="/aanmelding/code" className="inline-flex min-h-11 items-center">
                Afmelden met uw code
              </Link>
            </p>
          </>
        )}
      </section>
      {shown && !activity.cancelled && !past && (
        <PlacesSection target={{ activityId: activity.id }} offerHref={can(user?.role, "meedoen:host-any") ? `/meedoen/nieuw?activiteit=${activity.id}` : null} />
      )}
      {shown && !activity.cancelled && !past && (
        <SharePanel
          heading="Vertel het uw buren"
          url={activityUrl(activity.id)}
          title={activity.title}
          text={activityShareText({ title: activity.title, when: time, address: activity.address }, activityUrl(activity.id))}
        />
      )}
      {shown && activity.organizerId && user && !isOrganizer && <ReportForm activityId={activity.id} what="deze activiteit" />}
    </article>
  );
}
