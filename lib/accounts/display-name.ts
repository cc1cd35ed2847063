/*
 * Display names must not pass for staff: staff are marked by a badge drawn from their role
 * (components/ui/role-badge.tsx), so a name may not carry a role word, nor copy a staff member's
 * name, nor the site's own name. Names are compared by their skeleton (`nameKey`, after Unicode
 * TS #39): letters from Cyrillic, Greek or Armenian that look like Latin ones count as those. A
 * word may not mix scripts, and a name holds letters, digits and a few marks, never emoji or
 * symbols. Zod-free: the profile schema (shared with the client) and the server both use it.
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

/** Short words that are a role only as a word of their own ("Ruud staff", not "Staffan"). */
const ROLE_NAMES = ["staff", "team", "support", "official", "officieel", "redactie", "helpdesk", "webmaster", "systeem", "beheer"];

/** The site's own name, as a skeleton: no one may pass for the site. */
const SITE_NAME_KEY = "burgersmaken";

const LOOKALIKES: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };

/**
 * Letters of other scripts that look like Latin ones (from the confusables of Unicode TS #39,
 * limited to Cyrillic, Greek and Armenian), each read as the Latin letter it mimics.
 */
const CONFUSABLES: Record<string, string> = Object.fromEntries(
  Object.entries({
    a: "аАαΑ", b: "вВьβΒ", c: "сСϲϹ", d: "ԁ", e: "еЕεΕ", g: "ց", h: "нНһҺΗհ", i: "іІїЇιΙ", j: "јЈϳ", k: "кКκΚ", l: "ӏӀլԼ",
    m: "мМΜ", n: "пηΝոռ", o: "оОοΟօՕ", p: "рРρΡ", q: "ԛԚզ", r: "г", s: "ѕЅՏ", t: "тТτΤ", u: "υսՍ", v: "ν",
    w: "ԝԜω", x: "хХχΧ", y: "уУүҮγΥ", z: "Ζ",
  }).flatMap(([latin, lookalikes]) => [...lookalikes].map((char) => [char, latin])),
);

/**
 * A name reduced to its skeleton: look-alike letters read as Latin, lower case, no accents, digits
 * read as the letters they mimic, nothing but letters.
 */
export function nameKey(name: string): string {
  return [...name.normalize("NFKD").replace(/\p{M}/gu, "")]
    .map((char) => CONFUSABLES[char] ?? char)
    .join("")
    .toLowerCase()
    .replace(/[0134579@$]/g, (c) => LOOKALIKES[c] ?? c)
    .replace(/[^\p{L}]/gu, "");
}

const WORD_SEPARATORS = /[ .,'’&()-]+/;

export function containsRoleWord(name: string): boolean {
  const key = nameKey(name);
  return ROLE_WORDS.some((word) => key.includes(word)) || name.split(WORD_SEPARATORS).some((word) => ROLE_NAMES.includes(nameKey(word)));
}

export function containsSiteName(name: string): boolean {
  return nameKey(name).includes(SITE_NAME_KEY);
}

/** Letters, marks, digits, spaces and . , ' ’ & ( ) -: no emoji, symbols or invisible characters. */
export function onlyNameCharacters(name: string): boolean {
  return /^[\p{L}\p{M}\p{Nd} .,'’&()-]*$/u.test(name);
}

// Han, Hiragana and Katakana are written together (Japanese), and Hangul with Han (Korean).
const SCRIPTS: [string, RegExp][] = [
  ["Latin", /\p{Script=Latin}/u], ["Cyrillic", /\p{Script=Cyrillic}/u], ["Greek", /\p{Script=Greek}/u], ["Armenian", /\p{Script=Armenian}/u],
  ["Arabic", /\p{Script=Arabic}/u], ["Hebrew", /\p{Script=Hebrew}/u], ["Georgian", /\p{Script=Georgian}/u],
  ["CJK", /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u],
];
const scriptOf = (letter: string) => SCRIPTS.find(([, pattern]) => pattern.test(letter))?.[0] ?? letter;

/** Each word is written in one script: "Ruսd" (an Armenian letter among Latin ones) is not. */
export function mixesScripts(name: string): boolean {
  return name.split(WORD_SEPARATORS).some((word) => new Set([...word].filter((char) => /\p{L}/u.test(char)).map(scriptOf)).size > 1);
}

export const ROLE_WORD_MESSAGE =
  "Kies een naam zonder rol erin, zoals buurtwerker of gemeente. Bij medewerkers zet de website de rol er zelf bij.";

export const STAFF_NAME_MESSAGE = "Een medewerker heeft deze naam al. Kies een andere naam, zodat niemand u met een medewerker verwart.";

export const SITE_NAME_MESSAGE = "Kies een naam die niet lijkt op de naam van de website.";

export const NAME_CHARACTERS_MESSAGE = "Gebruik in uw naam alleen letters, cijfers, spaties en de tekens - ' . , & ( ). Emoji en andere tekens kunnen niet.";

export const MIXED_SCRIPT_MESSAGE = "Schrijf elk woord van uw naam in één schrift, bijvoorbeeld alleen met gewone letters. Dan lijkt uw naam niet op die van een ander.";
