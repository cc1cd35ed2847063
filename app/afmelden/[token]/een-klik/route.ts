import { unsubscribeOneClick } from "@/lib/notifications/commands/unsubscribe";

/**
 * One-click unsubscribe (RFC 8058): mail apps POST "List-Unsubscribe=One-Click" to the address in
 * the List-Unsubscribe header. The token in the address is the proof; no sign-in, no page.
 */
export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const topic = unsubscribeOneClick(token);
  return new Response(topic ? "U bent afgemeld." : "Deze afmeldlink werkt niet.", { status: topic ? 200 : 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
