import { formatDate } from "@/lib/platform/format";
import type { RequestState } from "@/lib/funds/queries/requests";

/** Where a sent money request stands and who acts next, by when; for the initiator or for staff. */
export function RequestStep({ request, forStaff, now = new Date() }: { request: RequestState; forStaff: boolean; now?: Date }) {
  const late = (due: Date | null) => (due && due < now ? " Dat is al voorbij." : "");
  let text: string;
  if (request.decidedAt) {
    text = `De beheerder heeft op ${formatDate(request.decidedAt)} beslist over de vraag om geld.`;
  } else if (request.advisedAt && request.decisionDueAt) {
    text = forStaff
      ? `Er is advies gegeven. Nu beslist de beheerder: geld geven of niet. De initiatiefnemer krijgt uiterlijk op ${formatDate(request.decisionDueAt)} antwoord.${late(request.decisionDueAt)}`
      : `Een buurtwerker heeft advies gegeven. Nu beslist de beheerder van het fonds. U krijgt uiterlijk op ${formatDate(request.decisionDueAt)} antwoord.`;
  } else {
    text = forStaff
      ? `De initiatiefnemer verstuurde de vraag om geld op ${formatDate(request.sentAt)}. Een buurtwerker geeft advies, uiterlijk op ${formatDate(request.adviceDueAt)}. Daarna beslist de beheerder.${late(request.adviceDueAt)}`
      : `U verstuurde uw vraag om geld op ${formatDate(request.sentAt)}. Een buurtwerker geeft advies, uiterlijk op ${formatDate(request.adviceDueAt)}. Daarna beslist de beheerder van het fonds. U krijgt bij elke stap een mail.`;
  }
  return <p className="rounded-lg border-2 border-brand bg-brand-light p-3 font-semibold">{text}</p>;
}
