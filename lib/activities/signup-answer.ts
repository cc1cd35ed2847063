import type { SignupOutcome } from "./commands/signups";

/**
 * What happens next in either case (a place, or the waiting list), so that nobody on the waiting
 * list is surprised by the message, while the answer itself still tells nothing about the person.
 */
const BOTH_CASES = (by: string) =>
  `Daarin staat of u een plek heeft of op de wachtlijst staat. Staat u op de wachtlijst en komt er een plek vrij? Dan krijgt u weer een ${by}.`;
/** What a sign-up form says when the address is not known to be the caller's: the same for everyone. */
export const SIGNUP_MAIL_SENT = `Dank u wel. Wij sturen u een mail met alle informatie. ${BOTH_CASES("mail")}`;
/** The same for a sign-up with only a number. */
export const SIGNUP_SMS_SENT = `Dank u wel. Wij sturen u een sms met alle informatie. ${BOTH_CASES("sms")}`;
/**
 * The same answers after a sign-up without JavaScript (`?gelukt=<key>`, lib/platform/forms/done-notes.ts):
 * fixed texts without anything of the person, so the activity's page with one may be cached.
 */
export const SIGNUP_NOTES = { "aanmelding-mail": SIGNUP_MAIL_SENT, "aanmelding-sms": SIGNUP_SMS_SENT } as const;

const people = (n: number) => (n === 1 ? "1 persoon" : `${n} personen`);

/**
 * The answer after a sign-up. Only a signed-in resident who used their own account's address sees
 * the details here; anyone else gets the same sentence whether the address or number was new or
 * already signed up, so the form cannot be used to find out who is coming. The details are in the
 * message. Which sentence depends only on what was typed: an address gets mail, only a number a text.
 */
export function signupAnswer(outcome: SignupOutcome, ownAddress: boolean, typed: { email: string }): string {
  if (!ownAddress) return typed.email ? SIGNUP_MAIL_SENT : SIGNUP_SMS_SENT;
  const already = outcome.existing ? "U was al aangemeld met dit e-mailadres. " : "";
  const mail = !outcome.existing
    ? " Wij sturen u een mail met alle informatie."
    : outcome.cancelToken
      ? " Wij sturen u een mail met een nieuwe knop om af te melden."
      : "";
  if (outcome.status === "wachtlijst") {
    return `${already}U staat op de wachtlijst: u bent nummer ${outcome.position}. Komt er een plek vrij? Dan krijgt u een mail.${mail}`;
  }
  return `${already}U bent aangemeld met ${people(outcome.partySize)}.${mail}`;
}
