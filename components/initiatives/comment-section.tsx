import { LinkButton } from "@/components/ui/button";
import { FocusOnArrival } from "@/components/ui/focus-on-arrival";
import { PersonName } from "@/components/ui/role-badge";
import type { InitiativeDetail } from "@/lib/initiatives/queries/detail";
import { formatDate } from "@/lib/platform/format";
import { CommentForm } from "./comment-form";
import { ReportForm } from "./report-form";

const BADGES = { initiatiefnemer: "Initiatiefnemer", coach: "Begeleider" } as const;

type Props = {
  initiative: InitiativeDetail;
  /** The viewer's comment just posted: it says so and takes the focus. */
  postedId: number | null;
  /** The viewer's report just hid a comment, which is gone: the thank-you takes the focus. */
  reportedHidden: boolean;
};

/** Reacties: newest last; the initiator's and the coach's answers are marked. */
export function CommentSection({ initiative, postedId, reportedHidden }: Props) {
  const { comments, viewer } = initiative;
  return (
    <section aria-labelledby="reacties" className="space-y-4">
      <h2 id="reacties" className="text-2xl font-bold">
        Reacties ({comments.length})
      </h2>
      {reportedHidden && initiative.viewer.signedIn && (
        <>
          <p id="reactie-gemeld" role="status" tabIndex={-1} className="rounded-lg border-2 border-brand bg-brand-light p-3 font-semibold">
            Dank u wel voor uw melding. De reactie is nu verborgen tot een buurtwerker ernaar kijkt.
          </p>
          <FocusOnArrival targetId="reactie-gemeld" />
        </>
      )}
      {comments.length === 0 && <p>Nog geen reacties. Wat vindt u ervan?</p>}
      <ul className="space-y-3">
        {comments.map((comment) => (
          <li key={comment.id} id={`reactie-${comment.id}`} tabIndex={-1} className="space-y-1 rounded-xl border-2 border-gray-200 p-3">
            {comment.mine && comment.id === postedId && (
              <>
                <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-2 font-semibold">
                  Uw reactie staat erbij.
                </p>
                <FocusOnArrival targetId={`reactie-${comment.id}`} />
              </>
            )}
            <p className="font-bold">
              <PersonName name={comment.authorName} role={comment.authorRole} />
              {comment.badge && <span className="ml-2 rounded bg-sun-light px-2 py-0.5 text-base">{BADGES[comment.badge]}</span>}
            </p>
            <p className="text-base text-muted">{formatDate(comment.createdAt)}</p>
            <p className="whitespace-pre-line break-words">{comment.body}</p>
            {comment.hiddenNote && (
              <p className="rounded-lg border-2 border-danger bg-red-50 p-2 font-semibold text-danger">{comment.hiddenNote}</p>
            )}
            {viewer.signedIn && !comment.hiddenNote && <ReportForm initiativeId={initiative.id} commentId={comment.id} what="deze reactie" />}
          </li>
        ))}
      </ul>
      {viewer.signedIn ? (
        <CommentForm key={comments.length} initiativeId={initiative.id} />
      ) : (
        <LinkButton href={`/inloggen?terug=/initiatieven/${initiative.id}`} variant="secondary">
          Log in om te reageren
        </LinkButton>
      )}
    </section>
  );
}
