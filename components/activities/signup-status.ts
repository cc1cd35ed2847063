import type { SignupSummary } from "@/lib/activities/queries/activities";

const people = (n: number) => (n === 1 ? "1 persoon" : `${n} personen`);

/** A sign-up in one sentence: confirmed with how many, or the place in the waiting list. */
export function signupStatusText(signup: Pick<SignupSummary, "status" | "partySize" | "position">): string {
  if (signup.status === "wachtlijst") return `U staat op de wachtlijst: u bent nummer ${signup.position}.`;
  if (signup.status === "geannuleerd") return "U heeft zich afgemeld.";
  return `U bent aangemeld met ${people(signup.partySize)}.`;
}
