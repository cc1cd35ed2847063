import "server-only";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";
import type { SessionUser } from "@/lib/platform/auth/users";
import { authorize, requireUser } from "@/lib/platform/auth/guards";
import type { Permission } from "@/lib/platform/auth/permissions";
import type { HourlyLimit } from "@/lib/platform/rate-limit/hourly";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { limitWrite } from "@/lib/platform/auth/write-limit";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { deliverMailAfterResponse } from "@/lib/platform/delivery/after-response";
import { pageCache } from "@/lib/platform/page-cache/store";
import { CHECK_FIELDS, formValues, refusal, SOMETHING_WENT_WRONG, type FieldErrors, type FormState } from "./action-result";
import { backToForm } from "./back-to-form";
import { FORM_ID_FIELD, isFormId } from "./done-notes";
import { filledHoneypot } from "./honeypot";

/** Who may call the action: a signed-in user (the default), anyone with or without a session, or anyone (no session read). */
type Caller = "user" | "optional" | "anyone";
type UserOf<C extends Caller> = C extends "user" ? SessionUser : C extends "optional" ? SessionUser | null : null;

type Ctx<Input, C extends Caller> = { input: Input; user: UserOf<C>; values: Record<string, string>; formData: FormData };
type Done<Input, C extends Caller, Result> = Ctx<Input, C> & { result: Result };

/**
 * Who may: the permission (from the central map) the caller's role needs, checked before the input
 * is read; and where it depends on the input (which kind of thing it is about), a narrower one,
 * checked right after parsing and before any database check. Ownership is the command's to check.
 */
type Permissions<Input> =
  | { permission?: Permission; permissionFor?: never }
  | { permission: Permission; permissionFor: (input: Input) => Permission };

export type ActionDefinition<S extends z.ZodType, C extends Caller, Result> = Permissions<z.infer<S>> & {
  caller?: C;
  /** The shared zod schema of the form, or a function that picks it (e.g. by the activity's limits). */
  schema: S | ((values: Record<string, string>) => S);
  /** What a bot that fills the honeypot gets instead: the usual friendly answer, nothing stored. */
  honeypot?: () => FormState;
  /** Checks after the schema that need the database; all field errors together. */
  check?: (ctx: Ctx<z.infer<S>, C>) => FieldErrors;
  /** Fields the schema cannot see (uploads), told with the others; `othersFailed`: the rest had errors. */
  fileErrors?: (formData: FormData, othersFailed: boolean) => FieldErrors;
  /** The hourly write limit of the domain (lib/<domain>/rate-limits.ts); counted for the user (default) or for `who`. */
  limit?: HourlyLimit | { rule: HourlyLimit; who: (ctx: Ctx<z.infer<S>, C>) => string };
  /** The one command; a FieldRefusal it throws lands at its field, an AppError above the form. */
  run: (ctx: Ctx<z.infer<S>, C>) => Result | Promise<Result>;
  /** The one "changed" call of the domain event (page cache and Next's cache together). */
  changed?: (done: Done<z.infer<S>, C, Result>) => void;
  /** What the person is told. */
  message?: (done: Done<z.infer<S>, C, Result>) => string | undefined;
  /** Where the browser goes after success; Next's redirect, outside any try. */
  redirect?: (done: Done<z.infer<S>, C, Result>) => string | null;
  /**
   * Where a form posted without JavaScript goes after success (a 303), instead of getting the whole
   * page rendered again for this one person; the address carries a fixed note (`?gelukt=<key>`,
   * lib/platform/forms/done-notes.ts). With JavaScript the message stays at the form, as before.
   * Without it, a form that names itself (FormStatus' `done`) goes back to its own page with its note.
   */
  redirectWithoutScript?: (done: Done<z.infer<S>, C, Result>) => string | null;
};

/**
 * Declares a form's server action. Every action runs the same steps in this order: authenticate,
 * authorize the role, parse (all field errors at once; a permission that depends on the input is
 * checked first), limit, one command, one "changed" call, then the message or redirect. A caller
 * without the right never sees a field message. An AppError becomes a Dutch refusal with the typed values echoed back;
 * anything else is logged and answered with a general message.
 */
export function defineAction<S extends z.ZodType, Result, C extends Caller = "user">(
  definition: ActionDefinition<S, C, Result>,
) {
  return async function action(_prev: FormState, formData: FormData): Promise<FormState> {
    // React always sends a form's fields as FormData; anything else is a hand-made request.
    if (!(formData instanceof FormData)) return refusal(new AppError("invalid").userMessage);
    const values = formValues(formData);
    if (definition.honeypot && filledHoneypot(values)) return definition.honeypot();
    let done: Done<z.infer<S>, C, Result>;
    try {
      const user = (await callerOf(definition.caller ?? "user")) as UserOf<C>;
      if (definition.permission && user) authorize(user, definition.permission);
      const schema = typeof definition.schema === "function" && !("safeParse" in definition.schema)
        ? (definition.schema as (values: Record<string, string>) => S)(values)
        : (definition.schema as S);
      const parsed = schema.safeParse(values);
      if (parsed.success && definition.permissionFor && user) authorize(user, definition.permissionFor(parsed.data));
      const fieldErrors: FieldErrors = parsed.success
        ? (definition.check?.({ input: parsed.data, user, values, formData }) ?? {})
        : z.flattenError(parsed.error).fieldErrors;
      Object.assign(fieldErrors, definition.fileErrors?.(formData, Object.keys(fieldErrors).length > 0));
      if (!parsed.success || Object.keys(fieldErrors).length > 0) return refusal(CHECK_FIELDS, values, fieldErrors);
      const ctx: Ctx<z.infer<S>, C> = { input: parsed.data, user, values, formData };
      if (definition.limit) {
        const limit = "rule" in definition.limit ? definition.limit : { rule: definition.limit, who: () => user?.id ?? "" };
        await limitWrite(limit.rule, limit.who(ctx));
      }
      done = { ...ctx, result: await definition.run(ctx) };
    } catch (error) {
      unstable_rethrow(error);
      // The reason stands at its field; above the form only the pointer to it, so it is not read out twice.
      if (error instanceof FieldRefusal) return refusal(CHECK_FIELDS, values, { [error.field]: [error.userMessage] });
      if (error instanceof AppError) return refusal(error.userMessage, values);
      console.error(error);
      return refusal(SOMETHING_WENT_WRONG, values);
    }
    definition.changed?.(done);
    // A page anyone asks for after this answer shows the write (a busy page waits for its next step).
    await pageCache().published();
    deliverMailAfterResponse();
    const to = definition.redirect?.(done) ?? (await whereWithoutScript(definition.redirectWithoutScript?.bind(null, done), values));
    if (to) redirect(to);
    return { ok: true, message: definition.message?.(done) };
  };
}

/**
 * After a post without JavaScript: the action's own address, else back to a form that names
 * itself. The header is only read when there is somewhere to go.
 */
async function whereWithoutScript(own: (() => string | null) | undefined, values: Record<string, string>): Promise<string | null> {
  if (!own && !isFormId(values[FORM_ID_FIELD])) return null;
  if (await postedByScript()) return null;
  return own?.() ?? (await backToForm(values));
}

/** React's call of an action sends the `Next-Action` header; a plain form post (no JavaScript) does not. */
async function postedByScript(): Promise<boolean> {
  return (await headers()).has("next-action");
}

async function callerOf(caller: Caller): Promise<SessionUser | null> {
  if (caller === "user") return requireUser();
  if (caller === "optional") return getCurrentUser();
  return null;
}
