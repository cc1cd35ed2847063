import { ImageResponse } from "next/og";
import type { PreviewFacts } from "@/lib/reach/preview";
import { drawable, previewFont } from "@/lib/reach/preview-font";

const BRAND = "#0b5d3b";
const SUN = "#f6b93b";
const LIGHT = "#e6f2ec";

/** A long title gets smaller type, so it still fits in three lines. */
const titleSize = (title: string) => (title.length > 60 ? 60 : title.length > 35 ? 72 : 84);

/**
 * The 1200×630 picture a chat app shows under a shared link: what it is, the title, the wijk and
 * the support bar or places left. Drawn with next/og and the font shipped in lib/reach/fonts; every
 * text goes through `drawable` first, so next/og never fetches a font or an emoji.
 */
export async function renderPreview(shown: PreviewFacts): Promise<Buffer> {
  const facts = {
    ...shown,
    title: drawable(shown.title) || "…",
    wijkName: drawable(shown.wijkName),
    line: drawable(shown.line),
    bar: shown.bar && { ...shown.bar, caption: drawable(shown.bar.caption) },
  };
  const percent = facts.bar ? Math.min(100, Math.round((facts.bar.value / Math.max(1, facts.bar.max)) * 100)) : 0;
  const image = new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#ffffff", borderTop: `24px solid ${BRAND}` }}>
        <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, padding: "48px 64px 40px", gap: 24 }}>
          <div style={{ display: "flex", gap: 16, fontSize: 34, color: BRAND }}>
            <span style={{ background: SUN, color: "#1a1a1a", padding: "4px 18px", borderRadius: 12 }}>{facts.kind}</span>
            <span style={{ padding: "4px 0" }}>{facts.wijkName}</span>
          </div>
          <div style={{ display: "flex", fontSize: titleSize(facts.title), lineHeight: 1.15, color: "#1a1a1a", flexGrow: 1 }}>{facts.title}</div>
          <div style={{ display: "flex", fontSize: 38, color: "#1a1a1a" }}>{facts.line}</div>
          {facts.bar && (
            <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
              <div style={{ display: "flex", flexGrow: 1, height: 44, borderRadius: 22, border: `4px solid ${BRAND}`, background: LIGHT }}>
                <div style={{ display: "flex", width: `${percent}%`, height: "100%", borderRadius: 18, background: BRAND }} />
              </div>
              <span style={{ fontSize: 38, color: BRAND, flexShrink: 0 }}>{facts.bar.caption}</span>
            </div>
          )}
        </div>
        <div style={{ display: "flex", background: BRAND, color: "#ffffff", fontSize: 32, padding: "18px 64px" }}>Burgers maken Hrl-Nrd</div>
      </div>
    ),
    { width: 1200, height: 630, fonts: [previewFont()] },
  );
  return Buffer.from(await image.arrayBuffer());
}
