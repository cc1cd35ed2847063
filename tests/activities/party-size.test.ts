import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailOutbox, signups } from "@/db/schema";
import { signUp } from "@/lib/activities/commands/signups";
import { changeOwnPartySize, changePartySizeByToken } from "@/lib/activities/commands/party-size";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { BASE_URL, createActivityRow, person } from "../support/activities-factory";
import { createUser } from "../support/factories";

const db = () => getDb();
const sign = (activityId: number, partySize: number) => signUp(db(), { ...person(partySize), activityId, userId: null, baseUrl: BASE_URL });
const row = (id: number) => db().select().from(signups).where(eq(signups.id, id)).get()!;
const mailsAbout = (id: number) => db().select().from(mailOutbox).where(eq(mailOutbox.to, row(id).email!)).all();
const change = (token: string, partySize: number) => changePartySizeByToken(db(), { token, partySize, baseUrl: BASE_URL });

describe("changing the number of people of a sign-up", () => {
  it("fewer frees places and promotes from the waiting list exactly once", () => {
    const activityId = createActivityRow({ places: 10 });
    const a = sign(activityId, 6);
    sign(activityId, 4);
    const c = sign(activityId, 3);
    expect(c.status).toBe("wachtlijst");
    expect(mailsAbout(c.signupId)).toHaveLength(1);

    expect(change(a.cancelToken!, 5)).toMatchObject({ changed: true, partySize: 5, promoted: [] });
    expect(row(c.signupId).status).toBe("wachtlijst");
    expect(change(a.cancelToken!, 3)).toMatchObject({ promoted: [c.signupId] });
    expect(row(c.signupId).status).toBe("bevestigd");
    expect(mailsAbout(c.signupId)).toHaveLength(2);
    // Freeing more later does not promote (or mail) the same person again.
    expect(change(a.cancelToken!, 2)).toMatchObject({ promoted: [] });
    expect(mailsAbout(c.signupId)).toHaveLength(2);
  });

  it("more takes places only when they are free, and otherwise says how many are left", () => {
    const activityId = createActivityRow({ places: 10, maxPartySize: 10 });
    const a = sign(activityId, 4);
    sign(activityId, 4);
    const refusal = (() => {
      try {
        change(a.cancelToken!, 7);
      } catch (error) {
        return error as FieldRefusal;
      }
    })();
    expect(refusal).toBeInstanceOf(FieldRefusal);
    expect(refusal!.field).toBe("partySize");
    expect(refusal!.userMessage).toBe("Er zijn nog 2 plekken vrij. U kunt met hoogstens 6 personen komen.");
    expect(row(a.signupId).partySize).toBe(4);
    expect(change(a.cancelToken!, 6)).toMatchObject({ changed: true, partySize: 6 });
    expect(() => change(a.cancelToken!, 7)).toThrow("Er zijn geen plekken meer vrij. U blijft aangemeld met 6.");
  });

  it("keeps the same number without writing, and refuses more than the activity allows per sign-up", () => {
    const activityId = createActivityRow({ places: 20, maxPartySize: 4 });
    const a = sign(activityId, 2);
    expect(change(a.cancelToken!, 2)).toMatchObject({ changed: false, partySize: 2 });
    expect(() => change(a.cancelToken!, 5)).toThrow(FieldRefusal);
  });

  it("a waiting sign-up keeps its turn, and moves up when its smaller party now fits", () => {
    const activityId = createActivityRow({ places: 10, maxPartySize: 10 });
    sign(activityId, 8);
    const waiting = sign(activityId, 5);
    expect(change(waiting.cancelToken!, 6)).toMatchObject({ changed: true, promoted: [] });
    expect(row(waiting.signupId).status).toBe("wachtlijst");
    expect(change(waiting.cancelToken!, 2)).toMatchObject({ promoted: [waiting.signupId] });
    expect(row(waiting.signupId).status).toBe("bevestigd");
  });

  it("from the account only for one's own sign-up; not after cancelling", () => {
    const activityId = createActivityRow({ places: 10 });
    const owner = createUser();
    const other = createUser();
    const own = signUp(db(), { ...person(2), activityId, userId: owner, baseUrl: BASE_URL });
    expect(() => changeOwnPartySize(db(), { signupId: own.signupId, userId: other, partySize: 3, baseUrl: BASE_URL })).toThrow(AppError);
    expect(changeOwnPartySize(db(), { signupId: own.signupId, userId: owner, partySize: 3, baseUrl: BASE_URL })).toMatchObject({ partySize: 3 });
    db().update(signups).set({ status: "geannuleerd" }).where(eq(signups.id, own.signupId)).run();
    expect(() => changeOwnPartySize(db(), { signupId: own.signupId, userId: owner, partySize: 1, baseUrl: BASE_URL })).toThrow(/afgemeld/);
  });
});
