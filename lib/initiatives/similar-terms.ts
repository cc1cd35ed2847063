/**
 * The query side of "similar ideas": a typed title becomes an FTS5 query of prefix terms. The
 * index (drizzle/0004_similar_ideas.sql) tokenises with unicode61 and strips accents; here the same
 * is done to the typed words, the small words of Dutch are dropped, and plural and diminutive
 * endings are cut so that "moestuinen" and "bankjes" find "moestuin" and "bank".
 */

const STOP_WORDS = new Set(
  (
    "aan al alle als bij dan dat de deze die dit door een en er graag het hier hij hun ik in is je jij " +
    "kan kunnen maar meer met mijn naar niet nog of om ons onze ook op over te tot u uit van veel voor " +
    "was wat we wel wij willen wil worden wordt zal ze zij zijn zo zou"
  ).split(" "),
);

// Longest first: the first ending that leaves a stem of at least MIN_STEM letters is cut.
const ENDINGS = ["etjes", "tjes", "jes", "etje", "tje", "je", "en", "es", "s", "e"];
const MIN_STEM = 4;
const MIN_WORD = 3;
const MAX_TERMS = 8;

/** A word without its plural or diminutive ending ("speeltuinen" -> "speeltuin"). */
export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

/** The words of a text as the index sees them: lower case, without accents, without small words. */
export function searchWords(text: string): string[] {
  const words = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= MIN_WORD && !STOP_WORDS.has(word));
  return [...new Set(words.map(stem))].slice(0, MAX_TERMS);
}

/** The FTS5 query for a typed title ("moestuin"* OR "bank"*), or null when no word is left. */
export function similarQuery(text: string): string | null {
  const words = searchWords(text);
  // Only letters and digits are left, so the quotes cannot be broken out of.
  return words.length ? words.map((word) => `"${word}"*`).join(" OR ") : null;
}
