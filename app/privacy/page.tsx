import type { Metadata } from "next";

export const metadata: Metadata = { title: "Privacy" };

export default function PrivacyPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Privacy: wat wij van u bewaren</h1>
      <p>Wij vragen zo weinig mogelijk. Hier leest u wat wij bewaren, waarom, en wie het ziet.</p>

      <section className="space-y-2">
        <h2 className="text-2xl font-bold">Wat bewaren wij?</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Uw e-mailadres. Daarmee logt u in.</li>
          <li>De naam die u zelf kiest. Dat mag een bijnaam zijn.</li>
          <li>Uw wijk, als u die invult. Dat hoeft niet.</li>
          <li>Wat u zelf plaatst: ideeën, steun, reacties en aanmeldingen voor activiteiten.</li>
          <li>
            Bij een aanmelding voor een activiteit: uw naam, e-mailadres, met hoeveel mensen u komt, en
            als u dat invult uw telefoonnummer en opmerkingen (bijvoorbeeld over eten of een rolstoel).
          </li>
        </ul>
      </section>

      <section className="space-y-2">
        <h2 className="text-2xl font-bold">Waarom?</h2>
        <p>
          Om u te laten inloggen, om u te laten weten wat er met uw idee of aanmelding gebeurt, en om
          activiteiten goed te regelen. Wij tellen ook mee hoeveel mensen meedoen. Die cijfers zijn
          altijd opgeteld: niemand is daarin te herkennen.
        </p>
      </section>

      <section className="space-y-2">
        <h2 className="text-2xl font-bold">Wie ziet wat?</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Iedereen ziet uw gekozen naam bij wat u plaatst. Nooit uw e-mailadres.</li>
          <li>Buurtwerkers zien uw gegevens als dat nodig is om u te helpen of een activiteit te regelen.</li>
          <li>De partners van de alliantie zien alleen opgetelde cijfers, geen namen.</li>
          <li>Wij verkopen niets en delen niets met reclamebedrijven.</li>
        </ul>
      </section>

      <section className="space-y-2">
        <h2 className="text-2xl font-bold">Wilt u iets zien of laten weghalen?</h2>
        <p>
          Uw naam en wijk past u zelf aan op de pagina Mijn account. Wilt u al uw gegevens zien, of wilt
          u dat wij uw account weghalen? Vraag het uw buurtwerker of mail naar
          privacy@burgersmaken.nl. Wij doen het binnen een maand. Wat u openbaar heeft geplaatst,
          blijft dan staan, maar zonder uw naam.
        </p>
      </section>
    </div>
  );
}
