import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Uw account is verwijderd", robots: { index: false } };

/** Where a deleted account lands: outside /account, which asks a visitor to sign in. */
export default function GoodbyePage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Uw account is verwijderd</h1>
      <p>Wij hebben uw e-mailadres, uw naam en uw wijk weggehaald. U bent uitgelogd.</p>
      <p>Uw ideeën en reacties blijven staan met &quot;oud-bewoner&quot; erbij.</p>
      <p>
        Wilt u later weer meedoen? Dat kan altijd. <Link href="/inloggen">Maak een nieuw account</Link>.
      </p>
    </div>
  );
}
