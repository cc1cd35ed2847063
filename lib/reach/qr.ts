import "server-only";
import QRCode from "qrcode";

/**
 * A QR code as SVG markup, made here on the server (no outside service sees the address).
 * Level M survives a bit of dirt or a fold on a notice board; the quiet zone of 4 modules is what
 * the standard asks for, so phones read it from any background.
 */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } });
}
