import { OPEN_DATA_LICENCE } from "@/lib/open-data/licence";

/** JSON answers of route handlers, for programs: plain links, no client-side navigation. */
const ANSWERS = [
  { href: "/api/v1/stats", label: "cijfers" },
  { href: "/api/v1/initiatives", label: "ideeën" },
  { href: "/api/v1/activities", label: "activiteiten" },
];

/** The licence of the open data, in words, with where to get it as a file or for a program. */
export function OpenDataNote() {
  return (
    <section aria-labelledby="open-data" className="space-y-2 rounded-xl border-2 border-brand-light p-4">
      <h2 id="open-data" className="text-2xl font-bold">
        Vrij te gebruiken
      </h2>
      <p>
        Iedereen mag deze cijfers gebruiken, kopiëren en delen. Dat mag zonder het te vragen en zonder ons te noemen. Dat heet:
        licentie <a href={OPEN_DATA_LICENCE.url}>{OPEN_DATA_LICENCE.name} (CC0)</a>.
      </p>
      <p>Dezelfde licentie geldt voor de bestanden voor Excel hierboven en voor de gegevens voor computerprogramma&apos;s (JSON):</p>
      <ul className="flex flex-wrap gap-x-6">
        {ANSWERS.map((answer) => (
          <li key={answer.href}>
            <a href={answer.href} className="inline-flex min-h-11 items-center">
              {answer.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
