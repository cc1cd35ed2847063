import { getDb } from "@/db/client";
import { renderMail } from "@/lib/platform/mail/layout";
import { deliverPendingMail, enqueueMail, type Mail } from "@/lib/platform/mail/outbox";
import { formatSignInCode } from "./sign-in-code-crypto";
import { storeSignInCode } from "./sign-in-codes";

/** The sign-in mail with its one-time link and the code that does the same on another device. */
export function signInMail(identifier: string, url: string, code: string): Mail {
  const { text, html } = renderMail({
    heading: "Inloggen bij Burgers maken Hrl-Nrd",
    paragraphs: [],
    action: { lead: "U wilt inloggen.", label: "Inloggen", url },
    code: { lead: "Of typ deze code op de website:", value: formatSignInCode(code) },
    afterAction: [
      `Op een ander apparaat? Ga daar naar ${new URL("/inloggen/code", url).href} en typ de code.`,
      "De link en de code werken één keer en één uur lang. Geef de code aan niemand.",
      "Heeft u dit niet gevraagd? Dan kunt u deze mail weggooien.",
    ],
  });
  return { to: identifier, subject: "Uw inloglink en code", text, html };
}

/**
 * Auth.js calls this with the one-time link. The code is stored and the mail queued in one
 * transaction; the mail goes through our outbox like any other.
 */
export async function sendSignInLink({ identifier, url, expires }: { identifier: string; url: string; expires: Date }) {
  const email = identifier.toLowerCase();
  const code = getDb().transaction(
    (tx) => {
      const fresh = storeSignInCode(tx, { email, url, expires });
      enqueueMail(tx, signInMail(email, url, fresh));
      return fresh;
    },
    { behavior: "immediate" },
  );
  await deliverPendingMail();
  if (!process.env.SMTP_URL) console.log(`Inloglink voor ${email}: ${url} (code ${formatSignInCode(code)})`);
}
