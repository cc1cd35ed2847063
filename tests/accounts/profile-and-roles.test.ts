import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { applyAdminEmail, changeRole, updateProfile } from "@/lib/accounts/commands/accounts";
import { profileSchema, signInSchema } from "@/lib/accounts/schema";
import { AppError } from "@/lib/platform/errors";
import { createUser } from "../support/factories";

const roleOf = (id: string) => getDb().select({ role: users.role }).from(users).where(eq(users.id, id)).get()!.role;

describe("profile and sign-in input", () => {
  it("refuses an empty, blank or too long display name with a Dutch message", () => {
    const messages = (displayName: string) => {
      const result = profileSchema.safeParse({ displayName });
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };
    expect(messages("")[0]).toMatch(/Vul een naam in/);
    expect(messages("    ")[0]).toMatch(/Vul een naam in/);
    expect(messages("x".repeat(41))[0]).toMatch(/hoogstens 40 tekens/);
    expect(profileSchema.parse({ displayName: "  Els  ", wijkId: "" })).toEqual({ displayName: "Els", wijkId: undefined });
    expect(profileSchema.parse({ displayName: "Els", wijkId: "3" }).wijkId).toBe(3);
    expect(profileSchema.safeParse({ displayName: "Els", wijkId: "drie" }).success).toBe(false);
  });

  it("refuses an invalid e-mail address in Dutch", () => {
    const result = signInSchema.safeParse({ email: "els@" });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/geen geldig e-mailadres/);
  });
});

describe("account commands", () => {
  it("saves the display name and wijk", () => {
    const id = createUser();
    updateProfile(getDb(), { userId: id, displayName: "Mehmet", wijkId: 2 });
    expect(getDb().select().from(users).where(eq(users.id, id)).get()).toMatchObject({ displayName: "Mehmet", wijkId: 2 });
  });

  it("changes a role and writes who, what and when to the audit log", () => {
    const admin = createUser("beheerder");
    const resident = createUser("bewoner");
    changeRole(getDb(), { actorId: admin, userId: resident, role: "buurtwerker" });
    expect(roleOf(resident)).toBe("buurtwerker");
    const entry = getDb().select().from(auditLog).where(eq(auditLog.targetId, resident)).get();
    expect(entry).toMatchObject({ actorId: admin, action: "user.role_changed", targetType: "user", details: { from: "bewoner", to: "buurtwerker" } });
    expect(entry!.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("saving the role someone already has changes nothing and says so", () => {
    const admin = createUser("beheerder");
    const resident = createUser("bewoner");
    expect(changeRole(getDb(), { actorId: admin, userId: resident, role: "bewoner" })).toBe(false);
    expect(getDb().select().from(auditLog).where(eq(auditLog.targetId, resident)).all()).toHaveLength(0);
    expect(changeRole(getDb(), { actorId: admin, userId: resident, role: "alliantie" })).toBe(true);
  });

  it("does not let a beheerder take away their own beheerder role", () => {
    const admin = createUser("beheerder");
    expect(() => changeRole(getDb(), { actorId: admin, userId: admin, role: "bewoner" })).toThrow(AppError);
    expect(roleOf(admin)).toBe("beheerder");
  });

  it("makes the ADMIN_EMAIL address a beheerder, and no one else", () => {
    const id = createUser();
    const email = getDb().select({ email: users.email }).from(users).where(eq(users.id, id)).get()!.email;
    process.env.ADMIN_EMAIL = email.toUpperCase();
    applyAdminEmail(getDb(), "someone-else@test.nl");
    expect(roleOf(id)).toBe("bewoner");
    applyAdminEmail(getDb(), email);
    expect(roleOf(id)).toBe("beheerder");
    delete process.env.ADMIN_EMAIL;
  });
});
