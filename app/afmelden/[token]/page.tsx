import type { Metadata } from "next";
import { UnsubscribeForm } from "@/components/notifications/unsubscribe-form";
import { topicOfLink } from "@/lib/notifications/queries/preferences";

export const metadata: Metadata = { title: "Afmelden voor mails", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

const WHAT = { follow: "mails over ideeën die u volgt", staff: "mails met nieuws over uw ideeën en uw werk" } as const;

/** Opened from the link in a mail, without signing in. Opening changes nothing: the button does. */
export default async function UnsubscribePage({ params }: Props) {
  const { token } = await params;
  const topic = topicOfLink(token);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Afmelden voor mails</h1>
      {topic ? (
        <>
          <UnsubscribeForm token={token} what={WHAT[topic]} />
          <p>Later weer mail? Dat kiest u op uw accountpagina.</p>
        </>
      ) : (
        <p>Deze afmeldlink werkt niet. Log in en kies op uw accountpagina welke mails u wilt krijgen.</p>
      )}
    </div>
  );
}
