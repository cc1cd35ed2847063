/*
 * Display names must not pass for staff: staff are marked by a badge drawn from their role
 * (components/ui/role-badge.tsx), so a name may not carry a role word, nor copy a staff member's
 * name. Zod-free: the profile schema (shared with the client) and the server both use it.
 */

/** Words that would make a name look like a role or an official; checked inside the whole name. */
const ROLE_WORDS = [
  "buurtwerker",
  "beheerder",
  "alliantie",
  "gemeente",
  "moderator",
  "admin",
  "coach",
  "medewerker",
  "ambtenaar",
  "wethouder",
  "burgemeester",
  "wijkagent",
  "politie",
];

const LOOKALIKES: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };

/** A name reduced to its letters: lower case, no accents, digits read as the letters they mimic. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[0134579@$]/g, (c) => LOOKALIKES[c] ?? c)
    .replace(/[^\p{L}]/gu, "");
}

export function containsRoleWord(name: string): boolean {
  const key = nameKey(name);
  return ROLE_WORDS.some((word) => key.includes(word));
}

export const ROLE_WORD_MESSAGE =
  "Kies een naam zonder rol erin, zoals buurtwerker of gemeente. Bij medewerkers zet de website de rol er zelf bij.";

export const STAFF_NAME_MESSAGE = "Een medewerker heeft deze naam al. Kies een andere naam, zodat niemand u met een medewerker verwart.";
