import { LinkButton } from "@/components/ui/button";
import { placesOf } from "@/lib/meedoen/queries/places";
import { PlaceList } from "./place-list";

type Props = { target: { initiativeId: number } | { activityId: number }; offerHref: string | null };

/** On an idea's or activity's page: its coming places to help, and for its host the way to offer one. */
export function PlacesSection({ target, offerHref }: Props) {
  const items = placesOf(target);
  if (items.length === 0 && !offerHref) return null;
  return (
    <section aria-labelledby="meehelpen" className="space-y-3">
      <h2 id="meehelpen" className="text-2xl font-bold">
        Help mee
      </h2>
      <PlaceList items={items} empty="Er zijn nog geen plekken om te helpen." />
      {offerHref && (
        <LinkButton href={offerHref} variant="secondary">
          Plek om te helpen aanbieden
        </LinkButton>
      )}
    </section>
  );
}
