import { ProgressMeter } from "@/components/ui/progress-meter";
import { placesLeftText } from "@/lib/platform/format";

/** Places taken as a bar, with the places left in words beside it. */
export function PlacesMeter({ places, taken }: { places: number; taken: number }) {
  const left = Math.max(0, places - taken);
  return (
    <ProgressMeter
      value={taken}
      max={places}
      label="Bezette plekken"
      caption={left > 0 ? `${placesLeftText(places, taken)} vrij, van de ${places}` : placesLeftText(places, taken)}
    />
  );
}
