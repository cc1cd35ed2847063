import type { Metadata } from "next";
import Link from "next/link";
import { MonitorRoundForm } from "@/components/effect/monitor-round-form";
import { getMonitorRounds } from "@/lib/effect/queries/pages";
import { can } from "@/lib/platform/auth/permissions";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { formatDate } from "@/lib/platform/format";
import { localDay } from "@/lib/platform/time";

export const metadata: Metadata = { title: "Buurtmonitor" };

const STATE_WORDS = { komt: "Komt nog", open: "Nu open", gesloten: "Gesloten" } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The yearly buurtmonitor: the beheerder sets the dates; buurtwerkers print posters and type in paper forms. */
export default async function MonitorAdminPage() {
  const user = await requirePagePermission("monitor:enter-paper", "/beheer/buurtmonitor");
  const rounds = getMonitorRounds();
  const latest = rounds[0];
  const initial = latest
    ? { year: String(latest.year), opensOn: localDay(latest.opensAt), closesOn: localDay(new Date(latest.closesAt.getTime() - DAY_MS)) }
    : { year: String(new Date().getFullYear()), opensOn: "", closesOn: "" };
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Buurtmonitor</h1>
      <p>Eén keer per jaar zeven korte vragen over contact en vertrouwen in de buurt. Elke wijk heeft een eigen poster. Papieren formulieren typt u hier over.</p>
      {rounds.length === 0 && <p>Er is nog geen buurtmonitor.</p>}
      <ul className="space-y-3">
        {rounds.map((round) => (
          <li key={round.year} className="space-y-1 rounded-xl border-2 border-gray-200 p-3">
            <p className="text-xl font-bold">
              {round.year}: {STATE_WORDS[round.state]}
            </p>
            <p>
              Van {formatDate(round.opensAt)} tot en met {formatDate(new Date(round.closesAt.getTime() - DAY_MS))}
            </p>
            {round.state !== "komt" && (
              <p>
                <Link href={`/beheer/buurtmonitor/${round.year}/papier`} className="inline-flex min-h-11 items-center">
                  Papieren formulieren overtypen ({round.year})
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/buurtmonitor" className="inline-flex min-h-11 items-center">
          Pagina voor bewoners, met de posters per wijk
        </Link>
      </p>
      {can(user.role, "monitor:manage") && (
        <section aria-labelledby="datums" className="space-y-3">
          <h2 id="datums" className="text-2xl font-bold">
            Datums zetten
          </h2>
          <p>Kies een jaar en de eerste en laatste dag. Voor een jaar dat er al is, verschuift u zo de datums.</p>
          <MonitorRoundForm initial={initial} />
        </section>
      )}
    </div>
  );
}
