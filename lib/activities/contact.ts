import type { DbOrTx } from "@/db/client";
import { enqueueMail, type Mail } from "@/lib/platform/mail/outbox";
import { isAnonymousKey } from "@/lib/privacy/commands/anonymise";
import { newDigitCode } from "@/lib/platform/security/digit-code";
import { hashCancelCode } from "@/lib/platform/sms/code";
import { enqueueSms, type Sms } from "@/lib/platform/sms/outbox";
import type { CancelProof } from "./sms";
import { CANCEL_CODE_LENGTH } from "./schema";
import { newCancelToken } from "./tokens";

/** How a sign-up can be reached: an e-mail address, a mobile number (E.164), or both. */
export type Contact = { email: string | null; phone: string | null };

const mailable = (contact: Contact) => !!contact.email && !isAnonymousKey(contact.email);

/**
 * Tells a person about their sign-up: by mail when they gave an address, otherwise by text message
 * to their number (a message costs money and an address is read at home). False when neither
 * reaches them (a walk-in, a wiped guest).
 */
export function tell(tx: DbOrTx, contact: Contact, mail: (email: string) => Mail, sms: (phone: string) => Sms): boolean {
  if (mailable(contact)) {
    enqueueMail(tx, mail(contact.email!));
    return true;
  }
  if (contact.phone) {
    enqueueSms(tx, sms(contact.phone));
    return true;
  }
  return false;
}

/**
 * A new personal link and cancel code; their hashes replace the old ones, so only the newest
 * message's link and code work. The code is only for a sign-up with a number.
 */
export function newCancelProof(phone: string | null, baseUrl: string): { proof: CancelProof; columns: { cancelTokenHash: string; cancelCodeHash: string | null } } {
  const { token, hash } = newCancelToken();
  const code = newDigitCode(CANCEL_CODE_LENGTH);
  return { proof: { token, code, baseUrl }, columns: { cancelTokenHash: hash, cancelCodeHash: phone ? hashCancelCode(phone, code) : null } };
}
