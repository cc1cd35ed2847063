import { LEEFGEBIED_LABELS, type Leefgebied } from "@/lib/reference/leefgebieden";
import { STATUS_LABELS } from "@/lib/initiatives/status";
import { moneyTables } from "./money-tables";
import { meedoenTables, trajectoryTable } from "./participation-tables";
import type { PresentedFigures } from "./present";
import type { StatsTable } from "./table";

export type { Cell, Column, StatsTable } from "./table";

const percent = (rate: number | null) => (rate === null ? null : `${Math.round(rate * 100)}%`);
const dateFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/Amsterdam" });

/** Every figure as a table: the dashboard, /cijfers and the CSV downloads all read these. */
export function figureTables(figures: PresentedFigures): StatsTable[] {
  const f = figures;
  const leefgebieden = new Map<Leefgebied, number>();
  for (const row of f.byTheme) leefgebieden.set(row.leefgebied, (leefgebieden.get(row.leefgebied) ?? 0) + row.initiatives);

  return [
    {
      id: "trechter",
      title: "Van idee tot resultaat",
      columns: [{ key: "stap", label: "Stap" }, { key: "initiatieven", label: "Initiatieven" }],
      rows: [
        { stap: "Ingediend", initiatieven: f.funnel.proposed },
        { stap: `Gepubliceerd (${STATUS_LABELS.zoekt_steun.toLowerCase()})`, initiatieven: f.funnel.published },
        { stap: STATUS_LABELS.in_uitvoering, initiatieven: f.funnel.inProgress },
        { stap: STATUS_LABELS.gerealiseerd, initiatieven: f.funnel.realised },
        { stap: "Teruggestuurd om aan te passen", initiatieven: f.funnel.sentBack },
        { stap: STATUS_LABELS.afgewezen, initiatieven: f.funnel.rejected },
        { stap: STATUS_LABELS.ingetrokken, initiatieven: f.funnel.withdrawn },
      ],
      chart: { labelKey: "stap", valueKeys: ["initiatieven"] },
    },
    {
      id: "wijken",
      title: "Per wijk",
      columns: [{ key: "wijk", label: "Wijk" }, { key: "initiatieven", label: "Initiatieven" }, { key: "steun", label: "Steun via de website" }],
      rows: f.byWijk.map((row) => ({ wijk: row.wijk, initiatieven: row.initiatives, steun: row.backings })),
      chart: { labelKey: "wijk", valueKeys: ["initiatieven"] },
    },
    {
      id: "themas",
      title: "Per thema",
      columns: [{ key: "thema", label: "Thema" }, { key: "leefgebied", label: "Leefgebied" }, { key: "initiatieven", label: "Initiatieven" }],
      rows: f.byTheme.map((row) => ({ thema: row.theme, leefgebied: LEEFGEBIED_LABELS[row.leefgebied] ?? row.leefgebied, initiatieven: row.initiatives })),
      chart: { labelKey: "thema", valueKeys: ["initiatieven"] },
    },
    {
      id: "leefgebieden",
      title: "Per leefgebied",
      columns: [{ key: "leefgebied", label: "Leefgebied" }, { key: "initiatieven", label: "Initiatieven" }],
      rows: [...leefgebieden].map(([key, count]) => ({ leefgebied: LEEFGEBIED_LABELS[key] ?? key, initiatieven: count })),
      chart: { labelKey: "leefgebied", valueKeys: ["initiatieven"] },
    },
    {
      id: "steun",
      title: "Steun en hulp",
      columns: [{ key: "soort", label: "Soort" }, { key: "aantal", label: "Aantal mensen" }],
      rows: [
        { soort: "Steun via de website", aantal: f.backings.online },
        { soort: "Steun op papier", aantal: f.backings.paper },
        { soort: "Biedt hulp aan", aantal: f.backings.helpers },
      ],
      chart: { labelKey: "soort", valueKeys: ["aantal"] },
    },
    {
      id: "deelnemers",
      title: "Bewoners die meededen",
      columns: [{ key: "wat", label: "Wat zij deden" }, { key: "bewoners", label: "Bewoners" }],
      rows: [
        { wat: "Samen (ieder één keer geteld)", bewoners: f.participants.total },
        { wat: "Diende een idee in", bewoners: f.participants.proposed },
        { wat: "Steunde een idee", bewoners: f.participants.backed },
        { wat: "Bood hulp aan", bewoners: f.participants.helped },
        { wat: "Gaf zich op voor een activiteit", bewoners: f.participants.signedUp },
        { wat: "Kwam naar een activiteit", bewoners: f.participants.came },
      ],
      chart: { labelKey: "wat", valueKeys: ["bewoners"] },
    },
    {
      id: "reeksen",
      title: "Activiteiten per reeks",
      columns: [
        { key: "reeks", label: "Reeks" },
        { key: "activiteiten", label: "Activiteiten" },
        { key: "opgegeven", label: "Opgegeven" },
        { key: "gekomen", label: "Gekomen" },
        { key: "binnenlopers", label: "Binnenlopers" },
        { key: "nietGekomen", label: "Niet gekomen" },
      ],
      rows: f.series.map((row) => ({
        reeks: row.series,
        activiteiten: row.activities,
        opgegeven: row.signedUp,
        gekomen: row.came,
        binnenlopers: row.walkIns,
        nietGekomen: percent(row.noShowRate),
      })),
      chart: { labelKey: "reeks", valueKeys: ["opgegeven", "gekomen"] },
    },
    {
      id: "activiteiten",
      title: "Per activiteit",
      columns: [
        { key: "activiteit", label: "Activiteit" },
        { key: "datum", label: "Datum" },
        { key: "wijk", label: "Wijk" },
        { key: "plekken", label: "Plekken" },
        { key: "opgegeven", label: "Opgegeven" },
        { key: "gekomen", label: "Gekomen" },
        { key: "binnenlopers", label: "Binnenlopers" },
      ],
      rows: f.activities.map((row) => ({
        activiteit: row.title,
        datum: dateFormat.format(new Date(row.startsAt)),
        wijk: row.wijk,
        plekken: row.places,
        opgegeven: row.signedUp,
        gekomen: row.came,
        binnenlopers: row.walkIns,
      })),
    },
    {
      id: "trend",
      title: "Per maand (laatste 12 maanden)",
      columns: [
        { key: "maand", label: "Maand" },
        { key: "ideeen", label: "Ideeën ingediend" },
        { key: "steun", label: "Steun via de website" },
        { key: "opgegeven", label: "Opgegeven" },
        { key: "aanwezig", label: "Aanwezig" },
      ],
      rows: f.trend.map((row) => ({ maand: row.month, ideeen: row.proposed, steun: row.backings, opgegeven: row.signedUp, aanwezig: row.attended })),
      chart: { labelKey: "maand", valueKeys: ["ideeen", "steun"] },
    },
    ...moneyTables(f.money),
    ...meedoenTables(f.meedoen),
    trajectoryTable(f.trajectories),
  ];
}
