import { renderMail } from "@/lib/mail/layout";
import { sendMail } from "@/lib/mail/outbox";

/** Auth.js calls this with the one-time link; the mail goes through our outbox like any other. */
export async function sendSignInLink({ identifier, url }: { identifier: string; url: string }) {
  const { text, html } = renderMail({
    heading: "Inloggen bij Burgers maken Hrl-Nrd",
    paragraphs: [
      "U wilt inloggen. Klik op de knop hieronder.",
      "De link werkt één keer en één uur lang.",
      "Heeft u dit niet gevraagd? Dan kunt u deze mail weggooien.",
    ],
    action: { label: "Inloggen", url },
  });
  await sendMail({ to: identifier, subject: "Uw inloglink", text, html });
  if (!process.env.SMTP_URL) console.log(`Inloglink voor ${identifier}: ${url}`);
}
