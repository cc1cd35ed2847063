import { DoneNote } from "@/components/forms/done-note";
import { ActionButtonForm } from "@/components/initiatives/action-button-form";
import type { InitiativeDetail } from "@/lib/initiatives/queries/detail";
import type { NotifyChoice } from "@/lib/notifications/choices";
import { followAction, unfollowAction } from "@/lib/notifications/actions/notifications";

/** When a follower hears of news, by their own choice on /account (the default: Monday's mail). */
const WHEN: Record<NotifyChoice, string> = {
  direct: "Is er nieuws? Dan krijgt u meteen een mail.",
  weekly: "Is er nieuws? Dan krijgt u op maandagochtend één mail met het nieuws van de week.",
  never: "U krijgt geen mail, want dat heeft u zo gekozen. Het nieuws staat op deze pagina.",
};

/**
 * Volgen: for signed-in residents on a published idea. The initiator and the coach always follow.
 * `note`: the answer to the last follow or unfollow without JavaScript (after the redirect).
 * `mailChoice`: the viewer's choice for mails about followed ideas.
 */
export function FollowPanel({ initiative, note, mailChoice }: { initiative: InitiativeDetail; note?: string; mailChoice: NotifyChoice }) {
  const { viewer } = initiative;
  if (!initiative.isPublic || !viewer.signedIn) return null;
  return (
    <section aria-labelledby="volgen" className="space-y-2 rounded-xl border-2 border-gray-200 p-4">
      <h2 id="volgen" className="text-2xl font-bold">
        Volgen
      </h2>
      {note && <DoneNote note={note} />}
      {viewer.isInitiator || viewer.isCoach ? (
        <p>U volgt dit idee altijd, want u bent {viewer.isInitiator ? "de initiatiefnemer" : "de begeleider"}.</p>
      ) : viewer.following ? (
        <>
          <p>
            U volgt dit idee. {WHEN[mailChoice]} Wilt u dat anders? Kies het op uw <a href="/account">accountpagina</a>.
          </p>
          <ActionButtonForm action={unfollowAction} fields={{ initiativeId: initiative.id }} label="Niet meer volgen" variant="secondary" />
        </>
      ) : (
        <>
          <p>Wilt u weten hoe het verder gaat? Volg dit idee. Op uw accountpagina kiest u hoe vaak u mail krijgt.</p>
          <ActionButtonForm action={followAction} fields={{ initiativeId: initiative.id }} label="Volg dit idee" />
        </>
      )}
    </section>
  );
}
