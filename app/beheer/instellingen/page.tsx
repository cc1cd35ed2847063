import type { Metadata } from "next";
import { ReferenceForm } from "@/components/settings/reference-form";
import { SettingsForm } from "@/components/settings/settings-form";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { LEEFGEBIED_LABELS } from "@/lib/reference/leefgebieden";
import { listThemes, listWijken } from "@/lib/reference/queries/reference";
import { settingsForForm } from "@/lib/settings/queries/settings";

export const metadata: Metadata = { title: "Instellingen" };

const SECTION = "space-y-4 rounded-xl border-2 border-brand-light p-4";

/** One wijk or theme: its name, and the form to change it behind "aanpassen" (no JavaScript needed). */
function Editable({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <details className="rounded-lg border-2 border-gray-300 px-3 open:pb-3">
      <summary className="flex min-h-12 cursor-pointer items-center gap-2">
        <span className="min-w-0 font-bold wrap-anywhere">{title}</span>
        <span className="shrink-0 text-muted underline">aanpassen</span>
      </summary>
      {children}
    </details>
  );
}

export default async function SettingsPage() {
  await requirePagePermission("settings:manage", "/beheer/instellingen");
  const wijken = listWijken();
  const themes = listThemes();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Instellingen</h1>
      <section aria-labelledby="getallen" className={SECTION}>
        <h2 id="getallen" className="text-2xl font-bold">
          Getallen
        </h2>
        <SettingsForm initial={settingsForForm()} />
      </section>
      <section aria-labelledby="wijken" className={SECTION}>
        <h2 id="wijken" className="text-2xl font-bold">
          Wijken ({wijken.length})
        </h2>
        <p>Een wijk weghalen kan niet: ideeën, activiteiten en cijfers horen erbij. De naam aanpassen kan wel.</p>
        <ul className="space-y-2">
          {wijken.map((wijk) => (
            <li key={wijk.id}>
              <Editable title={wijk.name}>
                <ReferenceForm kind="wijk" id={wijk.id} initial={{ name: wijk.name }} />
              </Editable>
            </li>
          ))}
        </ul>
        <ReferenceForm key={wijken.length} kind="wijk" initial={{ name: "" }} />
      </section>
      <section aria-labelledby="themas" className={SECTION}>
        <h2 id="themas" className="text-2xl font-bold">
          Thema&apos;s ({themes.length})
        </h2>
        <p>Elk thema hoort bij een leefgebied van het programma. Dat ziet u terug in de cijfers.</p>
        <ul className="space-y-2">
          {themes.map((theme) => (
            <li key={theme.id}>
              <Editable title={`${theme.name} (${LEEFGEBIED_LABELS[theme.leefgebied]})`}>
                <ReferenceForm kind="theme" id={theme.id} initial={{ name: theme.name, leefgebied: theme.leefgebied }} />
              </Editable>
            </li>
          ))}
        </ul>
        <ReferenceForm key={themes.length} kind="theme" initial={{ name: "", leefgebied: "" }} />
      </section>
    </div>
  );
}
