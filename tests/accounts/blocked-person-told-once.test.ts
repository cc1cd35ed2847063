import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailOutbox, users } from "@/db/schema";
import { blockAccount, tellBlockedOnce, unblockAccount } from "@/lib/accounts/commands/blocking";
import { createUser } from "../support/factories";
import { emailOf } from "../support/notifications";

const db = () => getDb();
const mailsTo = (email: string) => db().select().from(mailOutbox).where(eq(mailOutbox.to, email.toLowerCase())).all();

describe("a blocked person who asks a sign-in link", () => {
  it("is told once per block, at the address itself, with the buurtwerker who blocked them", () => {
    const worker = createUser("buurtwerker", "Anna de Buurtwerker");
    const person = createUser();
    const email = emailOf(person);
    blockAccount(db(), { actorId: worker, userId: person, reason: "Scheldt buren uit." });
    expect(tellBlockedOnce(db(), email)).toBe(true);
    expect(tellBlockedOnce(db(), email.toUpperCase())).toBe(false);
    const [mail, ...more] = mailsTo(email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe("U kunt op dit moment niet inloggen");
    expect(mail!.text).toContain("Anna de Buurtwerker");
    expect(mail!.text).toContain(emailOf(worker));
    // The reason is for staff; the mail names no link to sign in.
    expect(mail!.text).not.toContain("Scheldt");
    expect(mail!.text).not.toMatch(/callback/);

    // A new block is a new occasion to tell.
    unblockAccount(db(), { actorId: worker, userId: person, reason: "Excuses." });
    expect(tellBlockedOnce(db(), email)).toBe(false);
    blockAccount(db(), { actorId: worker, userId: person, reason: "Weer." });
    expect(tellBlockedOnce(db(), email)).toBe(true);
    expect(mailsTo(email)).toHaveLength(2);
  });

  it("tells nobody else anything: not an unknown address, not an account that is not blocked", () => {
    const person = createUser();
    expect(tellBlockedOnce(db(), emailOf(person))).toBe(false);
    expect(tellBlockedOnce(db(), `niemand-${Date.now()}@test.nl`)).toBe(false);
    expect(mailsTo(emailOf(person))).toHaveLength(0);
  });

  it("names a buurtwerker of their wijk when a beheerder blocked them", () => {
    const local = createUser("buurtwerker", "Bram uit de wijk");
    db().update(users).set({ wijkId: 2 }).where(eq(users.id, local)).run();
    const person = createUser();
    db().update(users).set({ wijkId: 2 }).where(eq(users.id, person)).run();
    blockAccount(db(), { actorId: createUser("beheerder"), userId: person, reason: "Spam." });
    tellBlockedOnce(db(), emailOf(person));
    expect(mailsTo(emailOf(person))[0]!.text).toMatch(/Praat erover met .*, buurtwerker/);
  });
});
