"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useWatch, type Control } from "react-hook-form";
import { BUTTON_STYLES } from "@/components/ui/button";
import type { SimilarIdea } from "@/lib/initiatives/queries/similar";
import type { ProposalValues } from "./proposal-fields";

const WAIT_MS = 400;
const MIN_LENGTH = 3;

/**
 * Published ideas that look like the title being typed, asked of /api/v1/initiatives/similar a
 * moment after the typing stops. Without JavaScript the "Bestaat uw idee al?" button asks the page
 * itself (a GET of the form), which renders `initial` on the server.
 */
export function SimilarIdeas({ control, initial }: { control: Control<ProposalValues>; initial: SimilarIdea[] }) {
  const title = useWatch({ control, name: "title" });
  const [found, setFound] = useState(initial);
  const typed = title.trim();
  const ideas = typed.length < MIN_LENGTH ? [] : found;

  useEffect(() => {
    if (typed.length < MIN_LENGTH) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/v1/initiatives/similar?q=${encodeURIComponent(typed)}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ items: SimilarIdea[] }>) : { items: [] }))
        .then(({ items }) => setFound(items))
        // Offline or a newer title: keep what is shown; the hint is only a help.
        .catch(() => undefined);
    }, WAIT_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [typed]);

  return (
    <div aria-live="polite">
      {ideas.length > 0 && <SimilarList ideas={ideas} />}
      <noscript>
        <button type="submit" formMethod="get" formAction="/initiatieven/nieuw" formNoValidate className={`${BUTTON_STYLES.secondary} mt-3`}>
          Bestaat uw idee al?
        </button>
      </noscript>
    </div>
  );
}

function SimilarList({ ideas }: { ideas: SimilarIdea[] }) {
  return (
    <section aria-labelledby="similar-heading" className="mt-3 space-y-3 rounded-lg border-2 border-brand bg-brand-light p-4">
      <h2 id="similar-heading" className="text-xl font-bold">
        Steun dit idee in plaats daarvan?
      </h2>
      <p>Buren hebben al een idee dat hierop lijkt. Samen krijgt u sneller genoeg steun.</p>
      <ul className="space-y-3">
        {ideas.map((idea) => (
          <li key={idea.id}>
            <Link href={`/initiatieven/${idea.id}`} className="inline-flex min-h-11 items-center font-bold">
              {idea.title}
            </Link>
            <p>{idea.pitch}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
