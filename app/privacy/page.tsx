import type { Metadata } from "next";
import Link from "next/link";
import { env } from "@/lib/platform/env";
import { getNumberSetting } from "@/lib/settings/queries/settings";
import { pageMetadata } from "@/lib/reach/metadata";
import { CONTACT_RETENTION_MONTHS } from "@/lib/projects/fields";

// Per request: the public address comes from configuration at run time.
export const generateMetadata = (): Metadata =>
  pageMetadata({ title: "Privacy", description: "Wat wij van u bewaren, waarom, wie het ziet en hoe lang.", path: "/privacy" });

/** Says what the code does: keep it in step with lib/accounts/commands/deletion.ts and lib/privacy/commands/retention.ts. */
export default function PrivacyPage() {
  const setting = getNumberSetting("guestDataRetentionMonths");
  const months = setting === 1 ? "1 maand" : `${setting} maanden`;
  const trajectoryMonths = env().trajectoryRetentionMonths;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Privacy: wat wij van u bewaren</h1>
      <p>Wij vragen zo weinig mogelijk. Hier leest u wat wij bewaren, waarom, wie het ziet en hoe lang.</p>

      <section aria-labelledby="wat" className="space-y-2">
        <h2 id="wat" className="text-2xl font-bold">
          Wat bewaren wij?
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Uw e-mailadres. Daarmee logt u in.</li>
          <li>De naam die u zelf kiest. Dat mag een bijnaam zijn.</li>
          <li>Uw wijk, als u die invult. Dat hoeft niet.</li>
          <li>Wat u zelf doet: ideeën, steun, hulp die u aanbiedt, reacties en meldingen.</li>
          <li>
            Bij een aanmelding voor een activiteit: uw naam, uw e-mailadres of mobiele nummer (of allebei),
            met hoeveel mensen u komt, en als u dat invult opmerkingen (bijvoorbeeld over eten of een
            rolstoel). Op de dag zelf: of u er was.
          </li>
          <li>
            Als u ergens meehelpt (meedoen): uw voornaam, of de gastheer of gastvrouw ja of nee zei, of u er was,
            wat u goed deed, en de code van uw bewijs &quot;Ik deed mee&quot;. Zonder account ook uw mobiele nummer, en
            een versleutelde vorm van de code om af te melden uit uw sms.
          </li>
          <li>Welke ideeën u volgt, en of u nieuws meteen, één keer per week of nooit wilt krijgen.</li>
          <li>
            Vraagt u geld voor uw idee? Dan de begroting, wat u uitgaf en wat u terugbetaalde, en foto&apos;s
            van bonnetjes als u die stuurt.
          </li>
          <li>De mails die wij u sturen, zoals uw inloglink of uw afmeldlink.</li>
          <li>
            Als u een inloglink vraagt: een geheime code bij uw e-mailadres. De code werkt één uur. Daarna gooien wij hem
            binnen een dag weg. Op uw eigen apparaat onthouden wij uw e-mailadres één uur, zodat u het niet opnieuw hoeft
            te typen.
          </li>
          <li>
            De sms&apos;jes die wij u sturen als u zich alleen met uw mobiele nummer aanmeldt. Daarin staat
            een code om af te melden. Van die code bewaren wij alleen een versleutelde vorm.
          </li>
          <li>
            Meldt een buurtwerker u aan? Dan bewaren wij ook welke buurtwerker dat deed, en dat u het goed
            vond.
          </li>
        </ul>
      </section>

      <section aria-labelledby="waarom" className="space-y-2">
        <h2 id="waarom" className="text-2xl font-bold">
          Waarom?
        </h2>
        <p>
          Om u te laten inloggen, om u te laten weten wat er met uw idee of aanmelding gebeurt, en om
          activiteiten goed te regelen. Wij tellen ook hoeveel mensen meedoen. Die cijfers zijn altijd
          opgeteld: niemand is daarin te herkennen.
        </p>
      </section>

      <section aria-labelledby="wie" className="space-y-2">
        <h2 id="wie" className="text-2xl font-bold">
          Wie ziet wat?
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Iedereen ziet uw gekozen naam bij uw ideeën en reacties. Nooit uw e-mailadres.</li>
          <li>De initiatiefnemer en de begeleider van een idee (een buurtwerker) zien wie hulp aanbiedt, en wat u daarover schrijft.</li>
          <li>Buurtwerkers zien de aanmeldlijst van een activiteit, met e-mailadres en telefoonnummer, om die goed te regelen.</li>
          <li>
            Organiseert een bewoner de activiteit voor zijn eigen idee? Dan ziet die bewoner alleen uw voornaam en met hoeveel
            personen u komt. Nooit uw e-mailadres, telefoonnummer of wat u erbij schreef. Stuurt de organisator een bericht?
            Dan sturen wij het naar u. Zo krijgt de organisator uw gegevens niet.
          </li>
          <li>
            Een sms gaat via een sms-bedrijf dat wij daarvoor inhuren. Dat bedrijf krijgt alleen uw nummer en
            het bericht.
          </li>
          <li>Beheerders zien uw naam en e-mailadres in de lijst van gebruikers, om rollen te regelen.</li>
          <li>
            Hoeveel geld een idee vroeg, kreeg en uitgaf, ziet iedereen: het is geld van ons allemaal.
            Bonnetjes en de contactpersoon bij de gemeente ziet alleen het team van buurtwerkers en beheerders.
          </li>
          <li>
            Helpt u mee? Dan ziet de gastheer of gastvrouw alleen &quot;vrijwilliger&quot;, uw voornaam en of u er was. Nooit uw
            nummer of e-mailadres. Wie de code van uw bewijs heeft, ziet alleen wat op het bewijs staat.
          </li>
          <li>De partners van de alliantie zien alleen opgetelde cijfers, geen namen.</li>
          <li>Wij verkopen niets en delen niets met reclamebedrijven.</li>
        </ul>
      </section>

      <section aria-labelledby="vragenlijst" className="space-y-2">
        <h2 id="vragenlijst" className="text-2xl font-bold">
          Vragenlijsten bij projecten
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Uw antwoorden zijn anoniem. Wij bewaren ze zonder uw naam, account, e-mailadres of telefoonnummer. Alleen de dag, niet de tijd.</li>
          <li>
            Zodat u maar één keer antwoordt, zet uw telefoon of computer een cookie met een willekeurig nummer. Wij bewaren alleen een
            versleutelde vorm daarvan (en van uw account als u bent ingelogd), los van uw antwoorden.
          </li>
          <li>Uw wijk en leeftijd vragen wij apart. Dat mag u overslaan. Wij tellen die alleen op, los van uw antwoorden.</li>
          <li>Wat u in eigen woorden schrijft, leest alleen het projectteam. Dat publiceren wij nooit zoals het is.</li>
          <li>Van elk antwoord tonen wij alleen aantallen. Minder dan 5 staat er als &quot;&lt;5&quot;.</li>
          <li>Volgt u een project? Dan bewaren wij dat bij uw account, tot u stopt met volgen of uw account verwijdert.</li>
          <li>
            Kiest u mee in een keuze? Wat u kiest, bewaren wij los van wie u bent. Wij bewaren alleen een versleutelde vorm van uw account
            of mobiele nummer, zodat iedereen één keer kiest. Uw nummer zelf bewaren wij daar niet.
          </li>
          <li>De code per sms werkt 15 minuten. Daarna gooien wij ook de versleutelde vorm van de code weg.</li>
          <li>
            Wilt u zonder account horen wat wij met de antwoorden doen? Dan bewaren wij uw e-mailadres of 06-nummer, de zin die u aanvinkte
            en de dag. Niet de tijd. Dit staat los van uw antwoorden: niemand kan zien wat u heeft geantwoord.
          </li>
          <li>
            U krijgt meteen een mail of sms met een link om te stoppen. Met die link wissen wij uw e-mailadres of nummer direct. Anders wissen
            wij het {CONTACT_RETENTION_MONTHS} maanden na de terugkoppeling van het project.
          </li>
          <li>Het projectteam ziet alleen hoeveel mensen dit deden. Niet wie, en niet de adressen.</li>
        </ul>
      </section>

      <section aria-labelledby="hoe-was-het" className="space-y-2">
        <h2 id="hoe-was-het" className="text-2xl font-bold">
          &quot;Hoe was het?&quot; en de buurtmonitor
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            De dag na een activiteit krijgt u één mail of sms met drie korte vragen. De link is alleen voor u en werkt één keer. Wij
            bewaren alleen een versleutelde vorm van de link, bij uw aanmelding. Zo sturen wij hem maar één keer.
          </li>
          <li>Uw antwoorden bewaren wij los van uw aanmelding. Niemand kan zien wat u antwoordde, ook wij niet.</li>
          <li>Verwijdert u uw account, of halen wij uw aanmelding weg? Dan werkt de link niet meer.</li>
          <li>
            De buurtmonitor is één keer per jaar. Wij mailen u alleen als u mails van ons wilt krijgen. U kunt zich afmelden met de
            link onder de mail. Uw antwoorden zijn anoniem, net als bij de vragenlijsten.
          </li>
          <li>Uitkomsten tonen wij pas vanaf 5 antwoorden per activiteit en vanaf 10 per wijk.</li>
        </ul>
      </section>

      <section aria-labelledby="traject" className="space-y-2">
        <h2 id="traject" className="text-2xl font-bold">
          Een traject met een participatiecoach
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            Doet u mee in een traject met een begeleider (participatiecoach) van de gemeente? Dan bewaren wij alleen wat u samen afspreekt: de start en het
            einde, de uren per week, de soort en groep, uw stap op de participatieladder, de evaluaties en de notities van uw begeleider.
          </li>
          <li>Dat begint pas als u toestemming geeft. Wij bewaren de tekst die u las, wanneer, en bij welke begeleider.</li>
          <li>
            Alleen uw begeleider en uzelf zien het. Gastheren, buurtwerkers, beheerders en de partners zien niet dat u in een traject zit.
            Bij een plek om te helpen bent u een vrijwilliger zoals iedereen.
          </li>
          <li>Op uw eigen pagina ziet u alles, ook wie uw dossier bekeek en wanneer. Het staat ook in het bestand met al uw gegevens.</li>
          <li>
            Heeft u geen account, en schreef uw begeleider alleen uw 06-nummer op? Dan tellen de plekken die u met dat nummer neemt mee. U ziet uw traject op{" "}
            <Link href="/mijn-traject">Mijn traject</Link>: u krijgt een sms met een code. Daar kunt u uw gegevens ophalen en het traject verwijderen.
          </li>
          <li>
            Verwijdert u uw account of uw traject, dan is het traject ook weg, met uw 06-nummer. Anders halen wij het {trajectoryMonths} maanden na het einde weg.
            Alleen getallen zonder naam blijven, voor de cijfers.
          </li>
        </ul>
      </section>

      <section aria-labelledby="hoe-lang" className="space-y-2">
        <h2 id="hoe-lang" className="text-2xl font-bold">
          Hoe lang bewaren wij het?
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Uw account: tot u het verwijdert.</li>
          <li>
            Aanmeldingen zonder account: {months} na de activiteit halen wij uw naam,
            e-mailadres, telefoonnummer en opmerkingen weg. Alleen het aantal mensen blijft, voor de
            cijfers.
          </li>
          <li>
            Meehelpen zonder account: {months} na de dag halen wij uw voornaam, nummer en bewijs weg. Druk uw bewijs
            dus op tijd af. Alleen dat er iemand was, blijft, voor de cijfers.
          </li>
          <li>E-mail of 06-nummer voor bericht over een project: tot u stopt, of {CONTACT_RETENTION_MONTHS} maanden na de terugkoppeling.</li>
          <li>Mails en sms&apos;jes die wij stuurden: {months}.</li>
          <li>
            Back-ups: een paar weken. Daarna worden ze weggegooid. Ook wat u heeft verwijderd, is dan
            helemaal weg.
          </li>
        </ul>
      </section>

      <section aria-labelledby="zelf" className="space-y-2">
        <h2 id="zelf" className="text-2xl font-bold">
          Zelf zien, aanpassen of weghalen
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            Op <Link href="/account">Mijn account</Link> past u uw naam en wijk aan.
          </li>
          <li>Daar kunt u ook al uw gegevens ophalen, in één bestand.</li>
          <li>
            Daar kunt u ook uw account verwijderen. Uw ideeën en reacties blijven dan staan, met
            &quot;oud-bewoner&quot; erbij in plaats van uw naam. Uw steun telt mee zonder naam. Een
            melding blijft staan zonder uw naam en zonder wat u erbij schreef. Voor activiteiten die
            nog komen, melden wij u af.
          </li>
          <li>
            Aangemeld zonder account? In de mail over uw aanmelding staat een knop. Daarmee meldt u zich
            af, of haalt u uw gegevens weg. Kreeg u een sms? Tik dan op de link in de sms, of meld u af met
            uw code op <Link href="/aanmelding/code">Afmelden met uw code</Link>.
          </li>
          <li>
            Lukt het niet, of heeft u een vraag? Vraag het uw buurtwerker of mail naar
            privacy@burgersmaken.nl.
          </li>
        </ul>
      </section>
    </div>
  );
}
