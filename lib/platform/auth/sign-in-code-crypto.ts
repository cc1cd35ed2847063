import crypto from "node:crypto";

export const SIGN_IN_CODE_DIGITS = 6;

function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return secret;
}

/** "123 456": two groups of three are easier to read and to type over. */
export function formatSignInCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}

/** A keyed hash: without AUTH_SECRET a stolen table cannot be searched for the code. */
export function hashSignInCode(email: string, code: string): string {
  return crypto.createHmac("sha256", authSecret()).update(`sign-in-code\n${email}\n${code}`).digest("hex");
}

export function signInCodeMatches(hash: string, email: string, code: string): boolean {
  const expected = Buffer.from(hashSignInCode(email, code), "hex");
  const stored = Buffer.from(hash, "hex");
  return stored.length === expected.length && crypto.timingSafeEqual(stored, expected);
}

const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The key needs AUTH_SECRET and the code: the database alone never opens the link. */
function urlKey(salt: Buffer, email: string, code: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", authSecret(), salt, `sign-in-code-url\n${email}\n${code}`, 32));
}

/** The sign-in link, encrypted (AES-256-GCM) under a key derived from AUTH_SECRET, the address and the code. */
export function encryptSignInUrl(url: string, email: string, code: string): string {
  const salt = crypto.randomBytes(SALT_BYTES);
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv("aes-256-gcm", urlKey(salt, email, code), iv);
  cipher.setAAD(Buffer.from(email));
  const body = Buffer.concat([cipher.update(url, "utf8"), cipher.final()]);
  return Buffer.concat([salt, iv, cipher.getAuthTag(), body]).toString("base64url");
}

/** The link back, or null when the code (or address, or secret) is not the one it was locked with. */
export function decryptSignInUrl(sealed: string, email: string, code: string): string | null {
  const raw = Buffer.from(sealed, "base64url");
  if (raw.length <= SALT_BYTES + IV_BYTES + TAG_BYTES) return null;
  const salt = raw.subarray(0, SALT_BYTES);
  const iv = raw.subarray(SALT_BYTES, SALT_BYTES + IV_BYTES);
  const tag = raw.subarray(SALT_BYTES + IV_BYTES, SALT_BYTES + IV_BYTES + TAG_BYTES);
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", urlKey(salt, email, code), iv);
    decipher.setAAD(Buffer.from(email));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(raw.subarray(SALT_BYTES + IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
