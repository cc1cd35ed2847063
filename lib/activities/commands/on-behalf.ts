import type { Db } from "@/db/client";
import { recordAudit } from "@/lib/platform/audit/record";
import { signUpIn, type SignupOutcome } from "./signups";

type OnBehalfInput = {
  actorId: string;
  activityId: number;
  name: string;
  email: string;
  phone: string;
  partySize: number;
  notes: string;
  baseUrl: string;
  now?: Date;
};

/**
 * A buurtwerker signs up a resident they spoke to, with the resident's number or address: the
 * resident gets the confirmation (text or mail) with their own code and link. The resident's
 * consent (the buurtwerker's tick) and who did it are recorded: the sign-up names the buurtwerker,
 * the logbook keeps the step. No account of the buurtwerker is linked to the sign-up.
 */
export function signUpOnBehalf(db: Db, input: OnBehalfInput): SignupOutcome {
  return db.transaction(
    (tx) => {
      // The resident agreed: the buurtwerker ticked it for them (onBehalfSignupSchemaFor).
      const outcome = signUpIn(tx, { ...input, consent: "ja", userId: null, onBehalfById: input.actorId });
      recordAudit(tx, {
        actorId: input.actorId,
        action: "signup.added_on_behalf",
        targetType: "signup",
        targetId: outcome.signupId,
        details: { residentAgreed: true, existing: outcome.existing, partySize: outcome.partySize, byText: !input.email },
      });
      return outcome;
    },
    { behavior: "immediate" },
  );
}
