import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/platform/auth/users";
import { AppError } from "@/lib/platform/errors";

/*
 * Issue 21, item 9d: a caller without the right gets "Dit mag u niet" before any field message, so
 * the form's rules and the database checks behind them are told only to those who may use it.
 */

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/platform/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/platform/delivery/after-response", () => ({ deliverMailAfterResponse: () => {} }));

const { defineAction } = await import("@/lib/platform/forms/define-action");

const WRONG_ROLE = new AppError("forbidden").userMessage;
const as = (role: SessionUser["role"]): SessionUser => ({ id: `u-${role}`, email: `${role}@test.nl`, displayName: "Test", role, wijkId: null });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const schema = z.object({ title: z.string().min(3, "Vul een titel in."), commentId: z.string().optional() });

beforeEach(() => {
  session.user = null;
});

describe("the action builder authorizes before it reads the input", () => {
  it("a role without the permission gets the refusal, no field errors, and no database check runs", async () => {
    const check = vi.fn(() => ({ title: ["Deze titel bestaat al bij een beheerder."] }));
    const run = vi.fn();
    const action = defineAction({ schema, permission: "users:manage", check, run });
    session.user = as("bewoner");
    for (const fields of [{ title: "x" }, {}, { title: "Een goede titel" }] as Record<string, string>[]) {
      const reply = await action(null, form(fields));
      expect(reply).toMatchObject({ ok: false, message: WRONG_ROLE, fieldErrors: {} });
    }
    expect(check).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it("a role with the permission still gets all field errors", async () => {
    const action = defineAction({ schema, permission: "users:manage", run: () => "done" });
    session.user = as("beheerder");
    const reply = await action(null, form({ title: "x" }));
    expect(reply).toMatchObject({ ok: false, fieldErrors: { title: ["Vul een titel in."] } });
  });

  it("a permission that depends on the input is checked after parsing, before the database checks", async () => {
    const check = vi.fn(() => ({}));
    const action = defineAction({
      schema,
      permission: "initiative:moderate",
      permissionFor: (input) => (input.commentId ? "comment:moderate" : "initiative:moderate"),
      check,
      run: () => "done",
    });
    session.user = as("bewoner");
    expect(await action(null, form({ title: "x", commentId: "1" }))).toMatchObject({ message: WRONG_ROLE, fieldErrors: {} });
    session.user = as("buurtwerker");
    expect(await action(null, form({ title: "Een titel", commentId: "1" }))).toMatchObject({ ok: true });
    expect(check).toHaveBeenCalledTimes(1);
  });
});
