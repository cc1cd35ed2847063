import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OfferForm } from "@/components/meedoen/offer-form";
import { ANSWER_DAYS } from "@/lib/meedoen/fields";
import { offerTarget } from "@/lib/meedoen/queries/host";
import { requirePageUser } from "@/lib/platform/auth/guards";
import { can } from "@/lib/platform/auth/permissions";
import { parseId } from "@/lib/platform/params";
import { listWijken } from "@/lib/reference/queries/reference";

export const metadata: Metadata = { title: "Plek om te helpen aanbieden" };

type Props = { searchParams: Promise<{ idee?: string; activiteit?: string }> };

/** For an initiator's own published idea (?idee=) or, for staff, any idea or activity (?activiteit=). */
export default async function OfferPage({ searchParams }: Props) {
  const query = await searchParams;
  const initiativeId = parseId(query.idee ?? "") ?? undefined;
  const activityId = initiativeId ? undefined : (parseId(query.activiteit ?? "") ?? undefined);
  const returnTo = initiativeId ? `/meedoen/nieuw?idee=${initiativeId}` : `/meedoen/nieuw?activiteit=${activityId ?? ""}`;
  const user = await requirePageUser(returnTo);
  const target = offerTarget({ id: user.id, staff: can(user.role, "meedoen:host-any") }, { initiativeId, activityId });
  if (!target) notFound();
  const firstName = (user.displayName ?? "").split(" ")[0] ?? "";
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Plek om te helpen aanbieden</h1>
      <p>
        Voor: <strong>{target.title}</strong>. Iedereen kan zich melden. U zegt binnen {ANSWER_DAYS} dagen ja of nee.
      </p>
      <OfferForm
        wijken={listWijken()}
        initial={{ task: "", bring: "", wijkId: String(target.wijkId), address: target.address, startsAt: "", endsAt: "", places: "2", hostName: firstName, initiativeId: initiativeId ? String(initiativeId) : undefined, activityId: activityId ? String(activityId) : undefined }}
      />
    </div>
  );
}
