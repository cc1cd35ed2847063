import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButtonForm } from "@/components/initiatives/action-button-form";
import { requirePageUser } from "@/lib/platform/auth/guards";
import { initiatorTransitionAction } from "@/lib/initiatives/actions/transition";
import { getOwnInitiative } from "@/lib/initiatives/queries/edit";
import { parseId } from "@/lib/platform/params";

export const metadata: Metadata = { title: "Idee intrekken" };

/** A separate step, so that withdrawing is never one slip of the thumb. */
export default async function WithdrawInitiativePage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const user = await requirePageUser(`/initiatieven/${raw}/intrekken`);
  const id = parseId(raw);
  const initiative = id ? getOwnInitiative(id, user.id) : null;
  if (!initiative) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Idee intrekken?</h1>
      <p>
        U trekt <strong>{initiative.title}</strong> in. Buren kunnen het dan niet meer steunen. Dit kunt u niet zelf terugdraaien.
      </p>
      {initiative.status === "zoekt_steun" ? (
        <ActionButtonForm
          action={initiatorTransitionAction}
          fields={{ initiativeId: initiative.id, transition: "withdraw" }}
          label="Ja, trek mijn idee in"
          variant="danger"
        />
      ) : (
        <p className="font-semibold">Dit idee kunt u nu niet intrekken.</p>
      )}
      <p>
        <Link href={`/initiatieven/${initiative.id}`} className="inline-flex min-h-11 items-center">
          Nee, terug naar mijn idee
        </Link>
      </p>
    </div>
  );
}
