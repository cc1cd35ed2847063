import Link from "next/link";
import { ActivityList } from "@/components/activities/activity-list";
import { GoalMeter } from "@/components/initiatives/goal-meter";
import { InitiativeList } from "@/components/initiatives/initiative-list";
import { LinkButton } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { listUpcomingActivities } from "@/lib/activities/queries/activities";
import { listNewestPublished } from "@/lib/initiatives/queries/lists";
import { goalProgress } from "@/lib/stats/queries/goal";

export default function HomePage() {
  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold">Samen maken we Heerlen-Noord mooier</h1>
        <p>Heeft u een idee voor uw buurt? Zet het hier neer. Buren kunnen uw idee steunen of helpen.</p>
        <p>Een buurtwerker helpt u om het idee echt te maken.</p>
        <p>U kunt zich hier ook opgeven voor activiteiten in de buurt, zoals de BBQ.</p>
        <p>
          Wilt u zelf helpen? <Link href="/meedoen">Kijk waar u kunt meedoen</Link>.
        </p>
        <LinkButton href="/initiatieven/nieuw">
          <Icon name="idea" /> Ik heb een idee
        </LinkButton>
      </section>
      <section aria-labelledby="doel" className="space-y-2 rounded-xl bg-sun-light p-4">
        <h2 id="doel" className="text-2xl font-bold">
          Ons doel: 150 initiatieven van bewoners
        </h2>
        <GoalMeter progress={goalProgress()} />
      </section>
      <section aria-labelledby="nieuwste" className="space-y-3">
        <h2 id="nieuwste" className="text-2xl font-bold">
          Nieuwste ideeën
        </h2>
        <InitiativeList items={listNewestPublished(5)} />
      </section>
      <section aria-labelledby="binnenkort" className="space-y-3">
        <h2 id="binnenkort" className="text-2xl font-bold">
          Binnenkort in de buurt
        </h2>
        <ActivityList items={listUpcomingActivities(5)} />
      </section>
    </div>
  );
}
