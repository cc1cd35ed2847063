import { z } from "zod";
import "@/lib/platform/forms/zod-dutch";
import { NOTIFY_CHOICES } from "./choices";
import { id } from "@/lib/platform/forms/fields";

const choice = z.enum(NOTIFY_CHOICES, { error: "Kies een van de mogelijkheden." });

/** The two choices on /account. */
export const preferencesSchema = z.object({ followMails: choice, staffMails: choice });

export const followSchema = z.object({ initiativeId: id("Dit idee bestaat niet.") });

/** The token from an unsubscribe link. */
export const unsubscribeSchema = z.object({ token: z.string().trim().min(1, "Deze link werkt niet.").max(100, "Deze link werkt niet.") });
