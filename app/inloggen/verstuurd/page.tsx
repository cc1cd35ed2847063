import type { Metadata } from "next";
import Link from "next/link";
import { SignInCodeForm } from "@/components/accounts/sign-in-code-form";
import { Icon } from "@/components/ui/icon";
import { rememberedSignInAddress } from "@/lib/platform/auth/sign-in-address";

export const metadata: Metadata = { title: "Kijk in uw mail" };

export default async function SignInLinkSentPage() {
  const email = await rememberedSignInAddress();
  return (
    <div className="space-y-4">
      <h1 className="flex items-center gap-2 text-3xl font-bold">
        <Icon name="mail" className="h-8 w-8" /> Kijk in uw mail
      </h1>
      <p>
        Wij hebben u een mail gestuurd{email ? <> naar <strong className="break-all">{email}</strong></> : null}. Daarin
        staan een link en een code. Klik op de link om in te loggen. Of typ de code hieronder.
      </p>
      <p>De link en de code werken één uur lang en maar één keer.</p>
      <SignInCodeForm email={email} />
      <p>
        Geen mail gekregen? Kijk ook bij de ongewenste mail (spam). Of{" "}
        <Link href="/inloggen" className="inline-block py-2">
          vraag een nieuwe link aan
        </Link>
        .
      </p>
    </div>
  );
}
