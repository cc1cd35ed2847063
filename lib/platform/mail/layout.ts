const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type MailContent = {
  heading: string;
  /** Sentences that read right with and without HTML: never "the button" or "click" here. */
  paragraphs: string[];
  /** The one thing to do. `lead` says why; the layout adds where to do it, as a button or an address. */
  action?: { lead: string; label: string; url: string };
  /** A short code to type instead of following the link (the sign-in mail), shown large. */
  code?: { lead: string; value: string };
  /** Paragraphs after the action. */
  afterAction?: string[];
  footer?: string;
  /** Why the person gets this mail, with the link to stop it (notification mails). */
  unsubscribe?: { reason: string; url: string };
};

/** How each version points at the action: the HTML version has a button, the plain text an address. */
export const ACTION_POINTER = { html: "Druk op de knop hieronder.", text: "Open de link hieronder." } as const;

/** Plain text and simple HTML versions of one short, friendly mail. */
export function renderMail(content: MailContent): { text: string; html: string } {
  const lines = [content.heading, "", ...content.paragraphs.flatMap((p) => [p, ""])];
  if (content.action) {
    lines.push(`${content.action.lead} ${ACTION_POINTER.text}`, "", `${content.action.label}: ${content.action.url}`, "");
  }
  if (content.code) lines.push(content.code.lead, "", `    ${content.code.value}`, "");
  lines.push(...(content.afterAction ?? []).flatMap((p) => [p, ""]));
  lines.push(content.footer ?? "Groet, Burgers maken Hrl-Nrd");
  if (content.unsubscribe) lines.push("", content.unsubscribe.reason, `Geen mails meer hierover? Meld u af: ${content.unsubscribe.url}`);
  const text = lines.join("\n");

  const button = content.action
    ? `<p>${escapeHtml(`${content.action.lead} ${ACTION_POINTER.html}`)}</p>\n<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:14px 20px;background:#0b5d3b;color:#ffffff;border-radius:8px;font-size:18px;text-decoration:none">${escapeHtml(content.action.label)}</a></p>`
    : "";
  const html = `<!doctype html><html lang="nl"><body style="font-family:system-ui,sans-serif;font-size:18px;line-height:1.5;color:#1a1a1a">
<h1 style="font-size:24px">${escapeHtml(content.heading)}</h1>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${button}
${content.code ? `<p>${escapeHtml(content.code.lead)}</p>\n<p style="font-size:32px;font-weight:bold;letter-spacing:4px;font-family:ui-monospace,monospace">${escapeHtml(content.code.value)}</p>` : ""}
${(content.afterAction ?? []).map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
<p>${escapeHtml(content.footer ?? "Groet, Burgers maken Hrl-Nrd")}</p>
${content.unsubscribe ? `<p style="font-size:16px;color:#444">${escapeHtml(content.unsubscribe.reason)} <a href="${escapeHtml(content.unsubscribe.url)}">Geen mails meer hierover? Meld u af.</a></p>` : ""}
</body></html>`;
  return { text, html };
}
