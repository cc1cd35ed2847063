import { CardLink } from "@/components/ui/card-link";
import { PHASE_LABELS } from "@/lib/projects/fields";
import type { ProjectCard } from "@/lib/projects/queries/projects";

export function standWord(card: Pick<ProjectCard, "stand">): string {
  if (card.stand.kind === "komt") return "Begint binnenkort";
  if (card.stand.kind === "klaar") return "Afgerond";
  return `Nu: ${PHASE_LABELS[card.stand.phase]}`;
}

export function ProjectCards({ cards, hrefOf = (id) => `/projecten/${id}`, empty }: { cards: ProjectCard[]; hrefOf?: (id: number) => string; empty: string }) {
  if (cards.length === 0) return <p>{empty}</p>;
  return (
    <ul className="space-y-3">
      {cards.map((card) => (
        <li key={card.id}>
          <CardLink href={hrefOf(card.id)} id={`project-${card.id}`} title={card.title}>
            {card.image && (
              // eslint-disable-next-line @next/next/no-img-element -- a stored photo, served as it is
              <img src={`/projecten/foto/${card.image}`} alt={card.imageAlt} className="aspect-[16/9] w-full rounded-lg object-cover" loading="lazy" />
            )}
            <span className="block">{card.summary}</span>
            <span className="block text-base">
              <strong>{standWord(card)}</strong> · {card.wijken.join(", ")}
            </span>
          </CardLink>
        </li>
      ))}
    </ul>
  );
}
