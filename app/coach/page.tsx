import type { Metadata } from "next";
import Link from "next/link";
import { LinkButton } from "@/components/ui/button";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { formatDay } from "@/lib/trajectories/format";
import { ownClients } from "@/lib/trajectories/queries/coach";
import { localDay } from "@/lib/platform/time";

export const metadata: Metadata = { title: "Mijn deelnemers" };

/** The coach's own clients: never a list of residents, only those with a trajectory by this coach. */
export default async function CoachPage() {
  const user = await requirePagePermission("trajectory:manage", "/coach");
  const clients = ownClients(user.id);
  const day = localDay(new Date());
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Mijn deelnemers</h1>
      <p>Alleen u ziet deze deelnemers. Elke keer dat u een dossier opent, schrijven wij dat op. De deelnemer ziet dat ook.</p>
      <LinkButton href="/coach/nieuw">Nieuw traject</LinkButton>
      {clients.length === 0 ? (
        <p>U heeft nog geen deelnemers.</p>
      ) : (
        <ul className="space-y-3">
          {clients.map((client) => (
            <li key={client.id} className="space-y-1 rounded-xl border-2 border-brand-light p-4">
              <Link href={`/coach/${client.id}`} className="flex min-h-11 items-center text-xl font-bold break-words">
                {client.name ?? client.email ?? client.phone}
              </Link>
              <p>Start: {formatDay(client.startsOn)}</p>
              {client.endedOn ? (
                <p>Afgesloten op {formatDay(client.endedOn)}.</p>
              ) : (
                <p className={client.nextReviewOn <= day ? "font-bold text-danger" : ""}>
                  Volgende evaluatie: {formatDay(client.nextReviewOn)}
                  {client.nextReviewOn <= day ? " (nu te doen)" : ""}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
