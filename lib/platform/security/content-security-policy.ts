import crypto from "node:crypto";
import { isProduction } from "@/lib/platform/env";

/** 128 random bits, fresh for every response that carries a nonce. */
export function newNonce(): string {
  return crypto.randomBytes(16).toString("base64");
}

/**
 * Next puts the nonce on its own scripts, so no other inline script can run. Styles may be
 * inline (style attributes for bars); scripts never without the nonce.
 */
export function contentSecurityPolicy(nonce: string, https: boolean): string {
  const dev = !isProduction();
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Behind a TLS-terminating proxy the request itself is plain HTTP. */
export function isHttps(protocol: string, forwardedProto: string | null | undefined): boolean {
  return protocol === "https:" || forwardedProto === "https";
}
