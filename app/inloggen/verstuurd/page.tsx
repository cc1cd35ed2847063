import type { Metadata } from "next";
import { Icon } from "@/components/ui/icon";

export const metadata: Metadata = { title: "Kijk in uw mail" };

export default function SignInLinkSentPage() {
  return (
    <div className="space-y-4">
      <h1 className="flex items-center gap-2 text-3xl font-bold">
        <Icon name="mail" className="h-8 w-8" /> Kijk in uw mail
      </h1>
      <p>Wij hebben u een mail gestuurd met een link. Klik op die link om in te loggen.</p>
      <p>De link werkt één uur lang en maar één keer.</p>
      <p>Geen mail gekregen? Kijk ook bij de ongewenste mail (spam). Of vraag een nieuwe link aan.</p>
    </div>
  );
}
