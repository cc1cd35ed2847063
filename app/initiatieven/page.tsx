import type { Metadata } from "next";
import { InitiativeList } from "@/components/initiatives/initiative-list";
import { listNewestPublished } from "@/lib/initiatives/queries";

export const metadata: Metadata = { title: "Initiatieven" };

export default function InitiativesPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Initiatieven</h1>
      <p>Ideeën van bewoners voor hun eigen buurt.</p>
      <InitiativeList items={listNewestPublished(20)} />
    </div>
  );
}
