import type { Metadata } from "next";
import { CONTACT_STOPPED } from "@/lib/projects/fields";

export const metadata: Metadata = { title: "Gewist", robots: { index: false } };

/** Where the stop button goes without JavaScript (with JavaScript its answer stays at the button). */
export default function ContactStoppedPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Geen bericht meer</h1>
      <p role="status" className="rounded-lg border-2 border-brand bg-brand-light p-4 text-lg font-semibold">
        {CONTACT_STOPPED}
      </p>
    </div>
  );
}
