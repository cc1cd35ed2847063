import { BUTTON_STYLES } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { whatsappUrl } from "@/lib/reach/links";
import { ShareButtons } from "./share-buttons";

/** "Vertel het je buren": WhatsApp, the address to copy, and the phone's share sheet. */
export function SharePanel({ url, title, text, heading }: { url: string; title: string; text: string; heading: string }) {
  return (
    <section aria-labelledby="delen" className="space-y-3 rounded-xl border-2 border-brand-light p-4 no-print">
      <h2 id="delen" className="text-2xl font-bold">
        {heading}
      </h2>
      <div className="flex flex-wrap gap-3">
        <a href={whatsappUrl(text)} className={BUTTON_STYLES.secondary}>
          <Icon name="chat" /> Deel via WhatsApp
        </a>
        <ShareButtons url={url} title={title} text={text} />
      </div>
      <div className="space-y-1">
        <label htmlFor="deel-link" className="block font-semibold">
          De link naar deze pagina, om te kopiëren
        </label>
        <input
          id="deel-link"
          type="url"
          readOnly
          value={url}
          className="min-h-12 w-full rounded-lg border-2 border-muted bg-white px-3 text-lg"
        />
      </div>
    </section>
  );
}
