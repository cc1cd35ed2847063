"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { Icon } from "@/components/ui/icon";
import { organizerCheckInAction } from "@/lib/activities/actions/organizer";
import { checkInAction } from "@/lib/activities/actions/staff";

type Props = { activityId: number; signupId: number; name: string; partySize: number; checkedIn: boolean; byOrganizer?: boolean };

/** A large toggle per sign-up: one tap marks them as come (or undoes it); for staff or the activity's organiser. */
export function CheckInButton({ activityId, signupId, name, partySize, checkedIn, byOrganizer = false }: Props) {
  const [state, action, pending] = useActionState(byOrganizer ? organizerCheckInAction : checkInAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="signupId" value={signupId} />
      <input type="hidden" name="present" value={checkedIn ? "nee" : "ja"} />
      <button
        type="submit"
        disabled={pending}
        aria-pressed={checkedIn}
        className={`flex min-h-16 w-full items-center justify-between gap-3 rounded-xl border-2 px-4 py-3 text-left text-xl font-bold ${
          checkedIn ? "border-brand bg-brand text-white" : "border-gray-500 bg-white text-ink"
        }`}
      >
        <span>
          {name} <span className="font-normal">({partySize === 1 ? "1 persoon" : `${partySize} personen`})</span>
        </span>
        <span className="flex shrink-0 items-center gap-1 text-lg">
          {checkedIn ? <><Icon name="check" /> Binnen</> : "Nog niet"}
        </span>
      </button>
      <FormStatus state={state && !state.ok ? state : null} done={{ id: `inchecken-${signupId}`, text: "Opgeslagen." }} />
    </form>
  );
}
