import type { Metadata } from "next";
import { StopContactForm } from "@/components/projects/stop-contact-form";
import { stopLinkWorks } from "@/lib/projects/queries/contacts";

export const metadata: Metadata = { title: "Geen bericht meer", robots: { index: false } };

/** The stop link from a mail or text message, without an account. Opening it changes nothing: the button does. */
export default async function StopContactPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Geen bericht meer</h1>
      {token.length <= 100 && stopLinkWorks(token) ? (
        <StopContactForm token={token} />
      ) : (
        <p>Deze link werkt niet meer. Uw e-mailadres of nummer is al gewist, of u kreeg later een nieuwere link.</p>
      )}
    </div>
  );
}
