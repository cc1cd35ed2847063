import { renderMail } from "@/lib/mail/layout";
import { sendMail, type Mail } from "@/lib/mail/outbox";

/** The sign-in mail with its one-time link. */
export function signInMail(identifier: string, url: string): Mail {
  const { text, html } = renderMail({
    heading: "Inloggen bij Burgers maken Hrl-Nrd",
    paragraphs: [],
    action: { lead: "U wilt inloggen.", label: "Inloggen", url },
    afterAction: ["De link werkt één keer en één uur lang.", "Heeft u dit niet gevraagd? Dan kunt u deze mail weggooien."],
  });
  return { to: identifier, subject: "Uw inloglink", text, html };
}

/** Auth.js calls this with the one-time link; the mail goes through our outbox like any other. */
export async function sendSignInLink({ identifier, url }: { identifier: string; url: string }) {
  await sendMail(signInMail(identifier, url));
  if (!process.env.SMTP_URL) console.log(`Inloglink voor ${identifier}: ${url}`);
}
