import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublicInitiative } from "@/lib/initiatives/queries";
import { STATUS_LABELS } from "@/lib/initiatives/status";
import { parseId } from "@/lib/params";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const initiative = id ? getPublicInitiative(id) : null;
  return { title: initiative?.title ?? "Initiatief" };
}

export default async function InitiativePage({ params }: Props) {
  const id = parseId((await params).id);
  const initiative = id ? getPublicInitiative(id) : null;
  if (!initiative) notFound();
  return (
    <article className="space-y-4">
      <h1 className="text-3xl font-bold">{initiative.title}</h1>
      <p className="text-xl">{initiative.pitch}</p>
      <p className="text-base text-muted">
        {initiative.wijkName} · {initiative.themeName} · {STATUS_LABELS[initiative.status]} · door{" "}
        {initiative.initiatorName}
      </p>
      <p className="whitespace-pre-line">{initiative.description}</p>
      <p className="font-semibold">{initiative.backingCount} bewoners steunen dit idee.</p>
    </article>
  );
}
