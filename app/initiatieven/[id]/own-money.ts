import "server-only";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/platform/auth/guards";
import { getMoney } from "@/lib/funds/queries/funds";
import { getOwnInitiative } from "@/lib/initiatives/queries/edit";
import { parseId } from "@/lib/platform/params";

/** The sign-in check, the initiator's own idea and its money, shared by the initiator's money pages. */
export async function loadOwnMoney(params: Promise<{ id: string }>, subPath: string) {
  const raw = (await params).id;
  const user = await requirePageUser(`/initiatieven/${raw}/${subPath}`);
  const id = parseId(raw);
  const initiative = id ? getOwnInitiative(id, user.id) : null;
  if (!initiative) notFound();
  return { initiative, money: getMoney(initiative.id) };
}
