import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { helpTakes, users } from "@/db/schema";
import { tell } from "@/lib/activities/contact";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import { takeMail, takeSms } from "../messages";
import { CERTIFICATE_CODE_LENGTH } from "../schema";
import { SKILL_KEYS, type Skill } from "../skills";
import { mayHost, type Actor } from "../rules";
import { loadPlace, refOf, type PlaceRef } from "./place";

/** The take and its place, when the actor hosts the place or is staff; otherwise "not found". */
function hostedTake(tx: DbOrTx, actor: Actor, takeId: number) {
  const take = tx
    .select({ id: helpTakes.id, placeId: helpTakes.placeId, status: helpTakes.status, phone: helpTakes.phone, email: users.email, certificateCode: helpTakes.certificateCode })
    .from(helpTakes)
    .leftJoin(users, eq(helpTakes.userId, users.id))
    .where(eq(helpTakes.id, takeId))
    .get();
  const place = take ? loadPlace(tx, take.placeId) : null;
  if (!take || !place || !mayHost(actor, place)) throw new AppError("not_found", "Deze aanmelding bestaat niet (meer).");
  return { take, place };
}

/**
 * The host says yes or no to someone who took a place. The person is told either way, a "no"
 * kindly and with a link to the other places. Only an open request can be answered.
 */
export function decideTake(db: Db, input: { actor: Actor; takeId: number; accept: boolean; baseUrl: string; now?: Date }): PlaceRef {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const { take, place } = hostedTake(tx, input.actor, input.takeId);
      if (take.status !== "aangemeld") throw new AppError("conflict", "U heeft hier al ja of nee op gezegd.");
      const status = input.accept ? "geaccepteerd" : "afgewezen";
      tx.update(helpTakes).set({ status, decidedAt: now }).where(and(eq(helpTakes.id, take.id), eq(helpTakes.status, "aangemeld"))).run();
      const outcome = input.accept ? "accepted" : "declined";
      tell(tx, take, (email) => takeMail(outcome, place, email, input.baseUrl), (to) => takeSms(outcome, place, to, input.baseUrl));
      recordAudit(tx, { actorId: input.actor.id, action: `help_take.${status}`, targetType: "help_take", targetId: take.id, details: { placeId: place.id } });
      return refOf(place);
    },
    { behavior: "immediate" },
  );
}

// No 0/O or 1/I: read off paper and typed over without mistakes.
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function newCertificateCode(): string {
  return Array.from(crypto.randomBytes(CERTIFICATE_CODE_LENGTH), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join("");
}

/**
 * After the date has begun the host marks whether an accepted person came, and ticks skills. A
 * person who came gets the code of their certificate (kept when the host corrects the skills;
 * "did not come" takes it away, and a later "came" gives a new one).
 */
export function markAttendance(db: Db, input: { actor: Actor; takeId: number; came: boolean; skills: Skill[]; baseUrl: string; now?: Date }): PlaceRef {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const { take, place } = hostedTake(tx, input.actor, input.takeId);
      if (take.status !== "geaccepteerd") throw new AppError("conflict", "Alleen wie u heeft uitgenodigd, kunt u afvinken.");
      if (place.startsAt > now) throw new AppError("conflict", "Dit kan pas vanaf het begin van de dag van helpen.");
      const certificateCode = input.came ? (take.certificateCode ?? newCertificateCode()) : null;
      const skills = input.came ? SKILL_KEYS.filter((key) => input.skills.includes(key)).join(",") : "";
      tx.update(helpTakes).set({ came: input.came, skills, certificateCode }).where(eq(helpTakes.id, take.id)).run();
      // The first "came" sends the person the address of their certificate (a guest has no other way to find it).
      if (certificateCode && !take.certificateCode) {
        const link = `${input.baseUrl}/meedoen/bewijs/${certificateCode}`;
        tell(tx, take, (email) => takeMail("came", place, email, input.baseUrl, { certificateLink: link }), (to) => takeSms("came", place, to, input.baseUrl, { certificateLink: link }));
      }
      recordAudit(tx, { actorId: input.actor.id, action: "help_take.attendance", targetType: "help_take", targetId: take.id, details: { placeId: place.id, came: input.came } });
      return refOf(place);
    },
    { behavior: "immediate" },
  );
}

