import Link from "next/link";
import type { ReactNode } from "react";

/** The frame of an idea's money and result pages: the way back to the idea, the heading, the content. */
export function IdeaSubpage({ id, heading, back = "Terug naar uw idee", children }: { id: number; heading: string; back?: string; children: ReactNode }) {
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/initiatieven/${id}`} className="inline-flex min-h-11 items-center">
          {back}
        </Link>
      </p>
      <h1 className="text-3xl font-bold break-words">{heading}</h1>
      {children}
    </div>
  );
}
