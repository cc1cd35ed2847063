// Every server action by its name, derived from the "use server" modules themselves: a case table
// typed Record<ActionName, …> stops compiling when an action is renamed, moved or added, and
// discoverActions() (server-actions.ts) fails a test when a "use server" module is missing here.
import type * as accountActions from "@/lib/accounts/actions/accounts";
import type * as signupActions from "@/lib/activities/actions/signups";
import type * as activityStaffActions from "@/lib/activities/actions/staff";
import type * as organizerActions from "@/lib/activities/actions/organizer";
import type * as fundDecisionActions from "@/lib/funds/actions/decisions";
import type * as fundActions from "@/lib/funds/actions/funds";
import type * as fundInitiatorActions from "@/lib/funds/actions/initiator";
import type * as backingActions from "@/lib/initiatives/actions/backing";
import type * as moderationActions from "@/lib/initiatives/actions/moderation";
import type * as meedoenActions from "@/lib/meedoen/actions/places";
import type * as proposalActions from "@/lib/initiatives/actions/proposal";
import type * as transitionActions from "@/lib/initiatives/actions/transition";
import type * as notificationActions from "@/lib/notifications/actions/notifications";
import type * as settingsActions from "@/lib/settings/actions/settings";
import type * as updateActions from "@/lib/updates/actions/updates";
import type * as projectActions from "@/lib/projects/actions/projects";
import type * as projectParticipationActions from "@/lib/projects/actions/participation";
import type * as projectPaperActions from "@/lib/projects/actions/paper";
import type * as projectFollowActions from "@/lib/projects/actions/follow";
import type * as projectContactActions from "@/lib/projects/actions/contact";
import type * as projectPollActions from "@/lib/projects/actions/poll";
import type * as projectVoteActions from "@/lib/projects/actions/vote";
import type * as surveyAnswerActions from "@/lib/surveys/actions/answer";
import type * as populationActions from "@/lib/surveys/actions/population";
import type * as monitorActions from "@/lib/effect/actions/monitor";
import type * as trajectoryActions from "@/lib/trajectories/actions/trajectories";
import type * as trajectoryPlaceActions from "@/lib/trajectories/actions/places";
import type * as trajectoryPhoneActions from "@/lib/trajectories/actions/phone";

type Modules =
  | typeof accountActions
  | typeof signupActions
  | typeof activityStaffActions
  | typeof organizerActions
  | typeof fundDecisionActions
  | typeof fundActions
  | typeof fundInitiatorActions
  | typeof backingActions
  | typeof moderationActions
  | typeof proposalActions
  | typeof transitionActions
  | typeof notificationActions
  | typeof settingsActions
  | typeof updateActions
  | typeof projectActions
  | typeof projectParticipationActions
  | typeof projectPaperActions
  | typeof projectFollowActions
  | typeof projectContactActions
  | typeof projectPollActions
  | typeof projectVoteActions
  | typeof surveyAnswerActions
  | typeof populationActions
  | typeof monitorActions
  | typeof meedoenActions
  | typeof trajectoryActions
  | typeof trajectoryPlaceActions
  | typeof trajectoryPhoneActions;

type KeysOf<T> = T extends unknown ? keyof T : never;

/** The name of every server action of the app, e.g. "signUpAction". */
export type ActionName = Extract<KeysOf<Modules>, `${string}Action`>;
