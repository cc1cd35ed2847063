import crypto from "node:crypto";

/** A random code of `digits` digits, leading zeros included: easy to read in a message and type over. */
export function newDigitCode(digits: number): string {
  return crypto.randomInt(0, 10 ** digits).toString().padStart(digits, "0");
}
