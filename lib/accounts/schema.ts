import { z } from "zod";
import "@/lib/forms/zod-dutch";
import { optionalId } from "@/lib/forms/fields";
import { ROLES } from "@/lib/auth/roles";
import { DISPLAY_NAME_MAX, DISPLAY_NAME_MIN, EMAIL_MAX } from "./limits";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Vul uw e-mailadres in.")
    .max(EMAIL_MAX, "Dit e-mailadres is te lang.")
    .pipe(z.email("Dit is geen geldig e-mailadres. Kijk het na, bijvoorbeeld naam@voorbeeld.nl.")),
});
export type SignInInput = z.infer<typeof signInSchema>;


export const profileSchema = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, "Vul een naam in. Die zien anderen bij uw bijdragen.")
    .min(DISPLAY_NAME_MIN, `Uw naam moet minstens ${DISPLAY_NAME_MIN} tekens hebben.`)
    .max(DISPLAY_NAME_MAX, `Uw naam mag hoogstens ${DISPLAY_NAME_MAX} tekens hebben.`),
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
