import { certificatePdf } from "@/lib/meedoen/certificate-pdf";
import { certificateByCode } from "@/lib/meedoen/queries/own";
import { certificateCodeSchema } from "@/lib/meedoen/schema";
import { siteUrl } from "@/lib/platform/site-url";

type Context = { params: Promise<{ code: string }> };

/** The certificate as a PDF download: the code is the proof, as for its page; never cached. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const code = certificateCodeSchema.safeParse(decodeURIComponent((await params).code));
  const take = code.success ? certificateByCode(code.data) : null;
  if (!take) return new Response("Dit bewijs bestaat niet.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const pdf = certificatePdf(take, `${siteUrl()}/meedoen/bewijs/${take.code}`);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="ik-deed-mee-${take.code}.pdf"`,
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
}
