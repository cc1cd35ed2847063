import type { Metadata } from "next";
import Link from "next/link";
import { MyTrajectory } from "@/components/trajectories/my-trajectory";
import { PhoneNumberForm } from "@/components/trajectories/phone-code-forms";
import { BUTTON_STYLES } from "@/components/ui/button";
import { phoneSession } from "@/lib/trajectories/phone-session";
import { phoneTrajectories } from "@/lib/trajectories/queries/own";

export const metadata: Metadata = { title: "Mijn traject" };

type Props = { searchParams: Promise<{ verwijderd?: string }> };

/**
 * For a person without an account whose coach wrote down only their 06-number: after a code by
 * text message they see what is stored, exactly as an account holder does on /account.
 */
export default async function MyPhoneTrajectoryPage({ searchParams }: Props) {
  const trajectoryId = await phoneSession();
  const items = trajectoryId === null ? [] : phoneTrajectories(trajectoryId);
  if (items.length === 0) {
    const removed = (await searchParams).verwijderd === "ja";
    return (
      <div className="space-y-5">
        <h1 className="text-3xl font-bold">Mijn traject</h1>
        {removed && (
          <p role="status" className="rounded-lg border-2 border-brand p-3 font-semibold">
            Uw traject is verwijderd.
          </p>
        )}
        <p>Heeft u geen account, en schreef uw begeleider uw 06-nummer op? Dan ziet u hier wat wij over u bewaren.</p>
        <p>Heeft u wel een account? Dan staat het op <Link href="/account">uw account</Link>.</p>
        <PhoneNumberForm />
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Wat wij over u bewaren</h1>
      <MyTrajectory items={items} />
      <section aria-labelledby="uw-rechten" className="space-y-3">
        <h2 id="uw-rechten" className="text-2xl font-bold">
          Uw gegevens
        </h2>
        <p>
          <a href="/mijn-traject/gegevens" download className={BUTTON_STYLES.secondary}>
            Download mijn gegevens
          </a>
        </p>
        <p>
          <Link href="/mijn-traject/verwijderen" className="inline-flex min-h-11 items-center">
            Verwijder mijn traject
          </Link>
        </p>
      </section>
    </div>
  );
}
