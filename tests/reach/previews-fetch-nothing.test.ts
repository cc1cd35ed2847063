import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { renderPreview } from "@/components/reach/preview-image";
import { GET } from "@/app/activiteiten/[id]/voorbeeld.png/route";
import { createActivityRow } from "../support/activities-factory";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Cuts the network: every fetch that would leave the machine is recorded and fails, as on a server
 * without internet. next/og loads its own WebAssembly from a data: address, which stays local.
 */
function cutNetwork() {
  const asked: string[] = [];
  const local = globalThis.fetch;
  vi.stubGlobal("fetch", (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith("data:")) return local(input, init);
    asked.push(url);
    return Promise.reject(new Error("no network"));
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe("preview pictures are drawn without the internet", () => {
  it("a title with emoji, flags, symbols and non-Latin script renders to a PNG with no request going out", async () => {
    const asked = cutNetwork();
    const png = await renderPreview({
      kind: "Idee",
      title: "Buurtfeest 🎉🇳🇱 voor iedereen ❤️ — Свято, Γιορτή, Տոն, حفلة, 祭り ★",
      wijkName: "Heksenberg",
      line: "3 van 25 mensen steunen dit 👍🏽",
      bar: { value: 3, max: 25, caption: "Nog 22 nodig" },
    });
    expect([...png.subarray(0, 8)]).toEqual(PNG);
    expect(asked).toEqual([]);
  });

  it("the route answers 200 with a PNG for an activity with an emoji title, offline", async () => {
    const id = createActivityRow({ title: "Koken 🍲 met de buren — Кухня" });
    const asked = cutNetwork();
    const response = await GET(new NextRequest(`http://localhost/activiteiten/${id}/voorbeeld.png`), { params: Promise.resolve({ id: String(id) }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/png");
    expect([...new Uint8Array(await response.arrayBuffer()).subarray(0, 8)]).toEqual(PNG);
    expect(asked).toEqual([]);
  });
});
