import { requestOf } from "@/lib/funds/queries/requests";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffMoneyPanel } from "@/components/funds/staff-money-panel";
import { InitiativeFacts } from "@/components/initiatives/initiative-facts";
import { PaperSupportForm } from "@/components/initiatives/paper-support-form";
import { ReviewForm } from "@/components/initiatives/review-form";
import { StaffTransitionForm } from "@/components/initiatives/staff-transition-form";
import { StatusTimeline } from "@/components/initiatives/status-timeline";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { can } from "@/lib/platform/auth/permissions";
import { formatDate } from "@/lib/platform/format";
import { getMoney, listFunds } from "@/lib/funds/queries/funds";
import { getInitiativeDetail } from "@/lib/initiatives/queries/detail";
import { REPORT_REASON_LABELS } from "@/lib/initiatives/fields";
import { getStaffView, listCoaches } from "@/lib/initiatives/queries/staff";
import { STAFF_TRANSITIONS, TRANSITION_DONE, TRANSITIONS, type Transition } from "@/lib/initiatives/status";
import { parseId } from "@/lib/platform/params";

export const metadata: Metadata = { title: "Idee beheren" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ bewaard?: string; gedaan?: string; beoordeeld?: string }> };

const REVIEWED: Record<string, string> = { verborgen: "Het is verborgen.", zichtbaar: "Het is weer zichtbaar." };

export default async function StaffInitiativePage({ params, searchParams }: Props) {
  const raw = (await params).id;
  const user = await requirePagePermission("initiative:moderate", `/beheer/initiatieven/${raw}`);
  const id = parseId(raw);
  const initiative = id ? getInitiativeDetail(id, user) : null;
  const staff = id ? getStaffView(id) : null;
  if (!initiative || !staff) notFound();
  const possible = STAFF_TRANSITIONS.filter((t) => (TRANSITIONS[t].from as readonly string[]).includes(initiative.status));
  const coaches = possible.includes("assign_coach") ? listCoaches() : [];
  const query = await searchParams;
  const done =
    query.bewaard === "namens"
      ? "Het idee is ingevoerd namens de bewoner en staat bij de ingestuurde ideeën."
      : (TRANSITION_DONE[query.gedaan as Transition] ?? REVIEWED[query.beoordeeld ?? ""]);
  return (
    <div className="space-y-6">
      {done && (
        <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-3 font-semibold">
          {done}
        </p>
      )}
      <p>
        <Link href="/beheer/initiatieven" className="inline-flex min-h-11 items-center">
          Terug naar alle ideeën
        </Link>
      </p>
      <h1 className="text-3xl font-bold break-words">{initiative.title}</h1>
      <p className="text-xl break-words">{initiative.pitch}</p>
      {initiative.description && <p className="whitespace-pre-line break-words">{initiative.description}</p>}
      <InitiativeFacts initiative={initiative} />
      <section aria-labelledby="contact" className="space-y-1">
        <h2 id="contact" className="text-2xl font-bold">
          Contact
        </h2>
        {staff.onBehalf ? (
          <p>
            Ingevoerd door {staff.onBehalf.byName ?? "een buurtwerker"} namens {staff.onBehalf.name}
            {staff.onBehalf.contact ? ` (${staff.onBehalf.contact})` : " (geen contactgegevens)"}. De bewoner vond het goed.
          </p>
        ) : (
          <p>E-mail van de bewoner: {staff.initiatorEmail ?? "account verwijderd"}</p>
        )}
        {initiative.answerDueAt && initiative.status === "ingediend" && <p>Antwoord uiterlijk op {formatDate(initiative.answerDueAt)}.</p>}
        {initiative.isPublic && (
          <p className="flex flex-wrap gap-x-6">
            <Link href={`/initiatieven/${initiative.id}`} className="inline-flex min-h-11 items-center">
              Bekijk de openbare pagina
            </Link>
            <Link href={`/initiatieven/${initiative.id}/poster`} className="inline-flex min-h-11 items-center">
              Poster afdrukken
            </Link>
          </p>
        )}
      </section>
      <section aria-labelledby="stappen" className="space-y-3">
        <h2 id="stappen" className="text-2xl font-bold">
          Wat wilt u doen?
        </h2>
        {possible.length === 0 && <p>Bij deze status kunt u geen stap meer zetten.</p>}
        {possible.map((transition) => (
          <StaffTransitionForm key={transition} initiativeId={initiative.id} transition={transition} coaches={coaches} />
        ))}
      </section>
      <StaffMoneyPanel
        initiativeId={initiative.id}
        status={initiative.status}
        money={getMoney(initiative.id)}
        request={requestOf(initiative.id)}
        funds={can(user.role, "fund:decide") ? listFunds(new Date().getUTCFullYear()) : []}
        canDecide={can(user.role, "fund:decide")}
      />
      {(staff.hidden || staff.openReports.length > 0) && (
        <section aria-labelledby="meldingen" className="space-y-3 rounded-xl border-2 border-danger p-4">
          <h2 id="meldingen" className="text-2xl font-bold">
            Meldingen over dit idee
          </h2>
          {staff.hidden && <p className="font-semibold">Dit idee is nu verborgen voor iedereen.</p>}
          <ul className="list-disc pl-6">
            {staff.openReports.map((report, index) => (
              <li key={index}>
                {REPORT_REASON_LABELS[report.reason]}
                {report.note ? `: ${report.note}` : ""}
              </li>
            ))}
          </ul>
          <ReviewForm initiativeId={initiative.id} hidden={staff.hidden} reported={staff.openReports.length > 0} />
        </section>
      )}
      {initiative.status === "zoekt_steun" && (
        <section aria-labelledby="papier" className="space-y-3">
          <h2 id="papier" className="text-2xl font-bold">
            Steun op papier ({initiative.paperCount})
          </h2>
          <ul className="list-disc pl-6">
            {staff.paper.map((entry, index) => (
              <li key={index}>
                {entry.count} op {formatDate(entry.at)}, door {entry.byName ?? "een buurtwerker"}
                {entry.names ? `: ${entry.names}` : ""}
              </li>
            ))}
          </ul>
          <PaperSupportForm initiativeId={initiative.id} />
        </section>
      )}
      <section aria-labelledby="staff-reacties" className="space-y-3">
        <h2 id="staff-reacties" className="text-2xl font-bold">
          Reacties ({staff.comments.length})
        </h2>
        <ul className="space-y-3">
          {staff.comments.map((comment) => (
            <li key={comment.id} className="space-y-2 rounded-xl border-2 border-gray-200 p-3">
              <p className="font-bold">
                {comment.authorName} · {formatDate(comment.createdAt)}
                {comment.hidden ? " · verborgen" : ""}
                {comment.openReports > 0 ? ` · ${comment.openReports} meldingen` : ""}
              </p>
              <p className="whitespace-pre-line break-words">{comment.body}</p>
              {comment.hiddenReason && <p className="text-base">Reden: {comment.hiddenReason}</p>}
              <ReviewForm initiativeId={initiative.id} commentId={comment.id} hidden={comment.hidden} reported={comment.openReports > 0} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="staff-geschiedenis" className="space-y-3">
        <h2 id="staff-geschiedenis" className="text-2xl font-bold">
          Wat is er gebeurd
        </h2>
        <StatusTimeline entries={initiative.timeline} />
      </section>
    </div>
  );
}
