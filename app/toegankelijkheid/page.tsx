import type { Metadata } from "next";
import Link from "next/link";
import { pageMetadata } from "@/lib/reach/metadata";

export const generateMetadata = (): Metadata =>
  pageMetadata({
  title: "Toegankelijkheid",
  description: "Kan iedereen deze website gebruiken? Wat wij hebben getest, wat nog niet goed gaat en hoe u ons een probleem meldt.",
  path: "/toegankelijkheid",
});

const CONTACT = "toegankelijkheid@burgersmaken.nl";

/**
 * The accessibility statement in the Dutch model format (digitoegankelijk.nl): status, how it was
 * checked, known limits, contact and answer time. Keep it in step with the tests it names.
 */
export default function AccessibilityPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Toegankelijkheid</h1>
      <p>
        Iedereen moet deze website kunnen gebruiken. Ook als u slecht ziet, geen muis gebruikt, of moeilijk leest. Hier leest u hoe
        ver wij daarmee zijn.
      </p>

      <section aria-labelledby="status" className="space-y-2">
        <h2 id="status" className="text-2xl font-bold">
          Hoe staat het ervoor?
        </h2>
        <p>
          Deze verklaring gaat over de website Burgers maken Hrl-Nrd. De website{" "}
          <strong>voldoet gedeeltelijk</strong> aan de eisen. Die eisen heten WCAG 2.1, niveau AA. Ze staan in de Europese norm
          EN 301 549.
        </p>
        <p>Wij hebben alles zelf getest. Een onafhankelijke keuring is nog niet gedaan. Daarom zeggen wij: gedeeltelijk.</p>
      </section>

      <section aria-labelledby="getest" className="space-y-2">
        <h2 id="getest" className="text-2xl font-bold">
          Wat hebben wij getest, en hoe?
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            Bij elke wijziging van de website controleert een computerprogramma (axe) elke pagina. Dat gebeurt op de breedte van
            een telefoon: 360 pixels. Wij zetten een wijziging pas op de website als axe geen fouten vindt.
          </li>
          <li>Wij testen met alleen het toetsenbord: naar de inhoud springen, formulieren invullen en versturen.</li>
          <li>Elk formulier werkt ook zonder JavaScript. Een fout staat bij het veld, in gewone woorden.</li>
          <li>De letters zijn minstens 18 pixels groot. Knoppen zijn minstens 44 pixels groot. De kleuren hebben genoeg contrast.</li>
          <li>Wij schrijven in eenvoudig Nederlands (taalniveau B1). Bij ideeën en activiteiten staat een knop om de tekst voor te laten lezen.</li>
        </ul>
      </section>

      <section aria-labelledby="beperkingen" className="space-y-2">
        <h2 id="beperkingen" className="text-2xl font-bold">
          Wat gaat nog niet goed?
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Foto&apos;s bij ideeën komen van bewoners. Zij schrijven er geen beschrijving bij. Wij gebruiken de titel van het idee.</li>
          <li>De knop &quot;Lees voor&quot; werkt alleen als uw telefoon of computer een Nederlandse stem heeft.</li>
          <li>
            De QR-code op een poster kunt u niet lezen zonder camera. Daarom staat het adres ook in letters op de poster.
          </li>
          <li>De kaart bij een activiteit is van OpenStreetMap. Die website is niet van ons. Het adres staat ook altijd in tekst op de pagina.</li>
          <li>Een programma vindt niet elke fout. Mensen met een beperking hebben de website nog niet voor ons getest.</li>
        </ul>
      </section>

      <section aria-labelledby="contact" className="space-y-2">
        <h2 id="contact" className="text-2xl font-bold">
          Lukt iets niet? Meld het ons
        </h2>
        <p>
          Mail naar <a href={`mailto:${CONTACT}`}>{CONTACT}</a>. Of vraag het uw buurtwerker. Zeg op welke pagina het was en wat
          er niet lukte.
        </p>
        <p>
          U krijgt binnen <strong>5 werkdagen</strong> antwoord. Wij lossen het probleem zo snel mogelijk op. Lukt dat niet meteen? Dan
          helpen wij u op een andere manier, bijvoorbeeld via uw buurtwerker.
        </p>
        <p>Bent u niet tevreden met ons antwoord? Dan kunt u contact opnemen met de Nationale ombudsman.</p>
      </section>

      <section aria-labelledby="over" className="space-y-2">
        <h2 id="over" className="text-2xl font-bold">
          Over deze verklaring
        </h2>
        <p>Wij hebben deze verklaring gemaakt op 26 november 2026. Wij kijken elk jaar opnieuw of alles nog klopt.</p>
        <p>
          Wilt u weten wat wij van u bewaren? Lees dan <Link href="/privacy">onze privacy-uitleg</Link>.
        </p>
      </section>
    </div>
  );
}
