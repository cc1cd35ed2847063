import { z } from "zod";
import "@/lib/platform/forms/zod-dutch";
import { optionalId } from "@/lib/platform/forms/fields";
import { ROLES } from "@/lib/platform/auth/roles";
import { containsRoleWord, ROLE_WORD_MESSAGE } from "./display-name";
import { BLOCK_REASON_MAX, DISPLAY_NAME_MAX, DISPLAY_NAME_MIN, EMAIL_MAX, SIGN_IN_CODE_INPUT_MAX } from "./fields";

const email = z
  .string()
  .trim()
  .min(1, "Vul uw e-mailadres in.")
  .max(EMAIL_MAX, "Dit e-mailadres is te lang.")
  .pipe(z.email("Dit is geen geldig e-mailadres. Kijk het na, bijvoorbeeld naam@voorbeeld.nl."));

export const signInSchema = z.object({ email });
export type SignInInput = z.infer<typeof signInSchema>;

const SIGN_IN_CODE_MESSAGE = "De code heeft 6 cijfers. Kijk de code in de mail na.";

/** The code from the sign-in mail, typed on any device; spaces and dashes ("123 456") are fine. */
export const signInCodeSchema = z.object({
  email,
  code: z
    .string()
    .min(1, "Vul de code uit de mail in.")
    .max(SIGN_IN_CODE_INPUT_MAX, SIGN_IN_CODE_MESSAGE)
    .transform((code) => code.replace(/[\s-]/g, ""))
    .pipe(z.string().min(1, "Vul de code uit de mail in.").regex(/^\d{6}$/, SIGN_IN_CODE_MESSAGE)),
});
export type SignInCodeInput = z.input<typeof signInCodeSchema>;


export const profileSchema = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, "Vul een naam in. Die zien anderen bij uw bijdragen.")
    .min(DISPLAY_NAME_MIN, `Uw naam moet minstens ${DISPLAY_NAME_MIN} tekens hebben.`)
    .max(DISPLAY_NAME_MAX, `Uw naam mag hoogstens ${DISPLAY_NAME_MAX} tekens hebben.`)
    .refine((name) => !containsRoleWord(name), ROLE_WORD_MESSAGE),
  // An empty select sends "": that means "no wijk".
  wijkId: optionalId("Kies een wijk uit de lijst."),
});
export type ProfileInput = z.input<typeof profileSchema>;

export const roleChangeSchema = z.object({
  userId: z.string().min(1),
  role: z.enum(ROLES, { error: "Kies een rol uit de lijst." }),
});

export const userSearchSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  pagina: z.coerce.number().int().min(1).catch(1),
});

/** The confirmation page sends "ja": a direct POST without it deletes nothing. */
export const deleteAccountSchema = z.object({
  bevestiging: z.literal("ja", { error: "Bevestig dat u uw account wilt verwijderen." }),
});

/** Blocking or unblocking an account: whose, and why (the reason goes into the audit log). */
export const blockSchema = z.object({
  userId: z.string().min(1),
  reason: z
    .string()
    .trim()
    .min(1, "Schrijf kort op waarom. Dat komt in het logboek.")
    .max(BLOCK_REASON_MAX, `De reden mag hoogstens ${BLOCK_REASON_MAX} tekens hebben.`),
});
