import fc from "fast-check";

/** Text an attacker or a clumsy phone might send: markup, formulas, control characters, emoji, direction marks. */
const NASTY_TEXT = [
  "",
  "   ",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "=HYPERLINK(\"http://x\")",
  "'; DROP TABLE users; --",
  "\u0000\u0001\u0007\u001b[31m",
  "\u202eevil\u202c",
  "\ud800",
  "😀👨‍👩‍👧‍👦🇳🇱",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "0x10",
  "9007199254740993",
  "1.5",
  " 7 ",
  "-1",
  "null",
  "undefined",
  "ja",
  "on",
];

const longText = fc
  .tuple(fc.constantFrom("a", "é", "😀", "<b>", "\u0000", " "), fc.integer({ min: 1, max: 12_000 }))
  .map(([unit, length]) => unit.repeat(length));

/** Anything a form field could hold after a hostile or broken client: strings of every kind and non-strings. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...NASTY_TEXT),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  longText,
  fc.integer().map(String),
  fc.double().map(String),
  fc.integer(),
  fc.double(),
  fc.bigInt().map(String),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** One form's input: each known field mostly valid and sometimes hostile, or once in a while anything at all. */
export function formInput(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(
    Object.entries(valid).map(([key, value]) => [
      key,
      fc.oneof({ arbitrary: fc.constant(value), weight: 5 }, { arbitrary: hostileValue, weight: 1 }),
    ]),
  );
  return fc.oneof(
    { arbitrary: fc.record(fields), weight: 9 },
    { arbitrary: fc.anything(), weight: 1 },
  );
}

/** A single field's input. */
export const fieldInput = (valid: unknown) =>
  fc.oneof({ arbitrary: fc.constant(valid), weight: 2 }, { arbitrary: hostileValue, weight: 3 });

/** Words of zod's English defaults; a Dutch message has none of them. */
const ENGLISH = /\b(invalid|expected|received|required|must|should|string|number|input|option|characters?|greater|smaller|less|than|too|unrecognized|nan|array|object|boolean)\b/i;

export function isDutchMessage(message: string): boolean {
  return message.trim().length > 0 && !ENGLISH.test(message);
}
