import { DoneNote } from "@/components/forms/done-note";
import { LinkButton } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { ProgressMeter } from "@/components/ui/progress-meter";
import { backInitiativeAction, withdrawBackingAction } from "@/lib/initiatives/actions/backing";
import type { InitiativeDetail } from "@/lib/initiatives/queries/detail";
import { ActionButtonForm } from "./action-button-form";
import { HelpForm } from "./help-form";

function supportCaption(online: number, paper: number, threshold: number): string {
  return `${online + paper} van ${threshold} mensen steunen dit idee`;
}

/**
 * The support against the threshold, and the resident's buttons: back, withdraw, help. `note`:
 * the answer to the resident's last write without JavaScript (after the redirect).
 */
export function SupportPanel({ initiative, note }: { initiative: InitiativeDetail; note?: string }) {
  const { backingCount, paperCount, helperCount, threshold, viewer } = initiative;
  const open = initiative.status === "zoekt_steun" && initiative.isPublic;
  return (
    <section aria-labelledby="steun" className="space-y-3 rounded-xl border-2 border-brand-light p-4">
      <h2 id="steun" className="text-2xl font-bold">
        Steun
      </h2>
      {note && viewer.signedIn && <DoneNote note={note} />}
      <ProgressMeter
        value={backingCount + paperCount}
        max={threshold}
        label="Steun voor dit idee"
        caption={supportCaption(backingCount, paperCount, threshold)}
      />
      {backingCount + paperCount >= threshold && <p className="font-semibold">Het doel van {threshold} is gehaald. Goed zo!</p>}
      <ul className="space-y-1">
        <li className="flex items-center gap-2">
          <Icon name="heart" className="h-5 w-5" /> {backingCount} via de website
        </li>
        {paperCount > 0 && (
          <li className="flex items-center gap-2">
            <Icon name="check" className="h-5 w-5" /> {paperCount} op papier
          </li>
        )}
        <li className="flex items-center gap-2">
          <Icon name="users" className="h-5 w-5" /> {helperCount === 1 ? "1 buur helpt mee" : `${helperCount} buren helpen mee`}
        </li>
      </ul>
      {open && !viewer.signedIn && (
        <LinkButton href={`/inloggen?terug=/initiatieven/${initiative.id}`}>
          <Icon name="login" /> Log in om te steunen
        </LinkButton>
      )}
      {open && viewer.isInitiator && <p>Dit is uw eigen idee. Vraag uw buren om het te steunen!</p>}
      {open && viewer.signedIn && !viewer.isInitiator && (
        <div className="space-y-4">
          {viewer.backed ? (
            <>
              <p className="flex items-center gap-2 font-semibold">
                <Icon name="check" /> U steunt dit idee{viewer.helpOffered ? " en u helpt mee" : ""}.
              </p>
              <ActionButtonForm action={withdrawBackingAction} fields={{ initiativeId: initiative.id }} label="Steun weghalen" variant="secondary" />
            </>
          ) : (
            <ActionButtonForm
              action={backInitiativeAction}
              fields={{ initiativeId: initiative.id }}
              label={
                <>
                  <Icon name="heart" /> Steunen
                </>
              }
            />
          )}
          <HelpForm key={String(viewer.helpOffered)} initiativeId={initiative.id} alreadyOffered={viewer.helpOffered} />
        </div>
      )}
      {!open && initiative.isPublic && <p>Dit idee zoekt geen steun meer.</p>}
    </section>
  );
}
