import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/button";

export const metadata: Metadata = { title: "Inloggen lukt niet" };

const MESSAGES: Record<string, string> = {
  Verification: "Deze inloglink werkt niet meer. Misschien is hij al gebruikt, of is hij ouder dan een uur.",
  AccessDenied: "U heeft geen toegang. Neem contact op met uw buurtwerker.",
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const message = (error && MESSAGES[error]) ?? "Het inloggen is niet gelukt.";
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Inloggen lukt niet</h1>
      <p>{message}</p>
      <p>Vraag een nieuwe link aan. Dat kost maar een minuut.</p>
      <LinkButton href="/inloggen">Nieuwe inloglink aanvragen</LinkButton>
    </div>
  );
}
