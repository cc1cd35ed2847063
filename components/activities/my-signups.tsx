import Link from "next/link";
import { listOwnSignups } from "@/lib/activities/queries/activities";
import { formatActivityTime } from "@/lib/platform/format";
import { CancelSignupForm } from "./cancel-signup-form";
import { PartySizeForm } from "./party-size-form";
import { signupStatusText } from "./signup-status";

/** The account page's list of the resident's own sign-ups, each with a cancel button while it can. */
export function MySignups({ userId }: { userId: string }) {
  const items = listOwnSignups(userId);
  const now = new Date();
  return (
    <section aria-labelledby="mijn-aanmeldingen" className="space-y-3">
      <h2 id="mijn-aanmeldingen" className="text-2xl font-bold">
        Mijn aanmeldingen
      </h2>
      {items.length === 0 ? (
        <p>
          U heeft zich nog niet aangemeld voor een activiteit. <Link href="/activiteiten">Bekijk de activiteiten</Link>.
        </p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.signupId} className="space-y-2 rounded-xl border-2 border-sun-light p-4">
              <Link href={`/activiteiten/${item.activityId}`} className="flex min-h-11 items-center text-xl font-bold break-words">
                {item.title}
              </Link>
              <p>{formatActivityTime(item.startsAt, item.endsAt)}</p>
              {item.activityCancelled ? (
                <p className="font-semibold text-danger">Gaat niet door</p>
              ) : (
                <p className="font-semibold">{signupStatusText(item)}</p>
              )}
              {!item.activityCancelled && item.status !== "geannuleerd" && item.startsAt > now && (
                <>
                  <PartySizeForm signupId={item.signupId} partySize={item.partySize} maxPartySize={item.maxPartySize} title={item.title} />
                  <CancelSignupForm signupId={item.signupId} label={`Afmelden voor ${item.title}`} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
