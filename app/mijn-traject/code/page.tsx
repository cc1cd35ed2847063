import type { Metadata } from "next";
import Link from "next/link";
import { TrajectoryCodeForm } from "@/components/trajectories/phone-code-forms";
import { CODE_SENT, TRAJECTORY_CODE_MINUTES } from "@/lib/trajectories/commands/phone-access";

export const metadata: Metadata = { title: "Code uit de sms" };

/** The same page for every number: whether it has a trajectory shows only after the right code. */
export default function TrajectoryCodePage() {
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Typ de code uit de sms</h1>
      <p role="status" className="text-xl">
        {CODE_SENT}
      </p>
      <TrajectoryCodeForm minutes={TRAJECTORY_CODE_MINUTES} />
      <p>
        Geen sms gekregen?{" "}
        <Link href="/mijn-traject" className="inline-flex min-h-11 items-center">
          Vraag een nieuwe code
        </Link>
      </p>
    </div>
  );
}
