import Link from "next/link";
import { formatDate } from "@/lib/platform/format";
import type { WaitingRequest } from "@/lib/funds/queries/requests";

/** The staff start page's list of money requests waiting for this role: advice or a decision. */
export function WaitingRequests({ step, requests, now = new Date() }: { step: "advice" | "decision"; requests: WaitingRequest[]; now?: Date }) {
  return (
    <section aria-labelledby="geld-wacht" className="space-y-2">
      <h2 id="geld-wacht" className="text-2xl font-bold">
        {step === "advice" ? "Vragen om geld: wachten op uw advies" : "Vragen om geld: wachten op uw besluit"}
      </h2>
      {requests.length === 0 ? (
        <p>Er wacht nu geen vraag om geld op u.</p>
      ) : (
        <ul className="space-y-2">
          {requests.map((request) => {
            const late = request.dueAt < now;
            return (
              <li key={request.id} className={`rounded-xl border-2 p-3 ${late ? "border-danger bg-red-50" : "border-brand-light"}`}>
                <Link href={`/beheer/initiatieven/${request.id}#staff-geld`} className="flex min-h-11 items-center text-xl font-bold">
                  {request.title}
                </Link>
                <p className={late ? "font-bold text-danger" : undefined}>
                  {late ? "Te laat! " : ""}
                  {step === "advice" ? "Advies" : "Besluit"} uiterlijk op {formatDate(request.dueAt)}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
