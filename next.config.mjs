/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  // For every response, static files included; the CSP (with a nonce) is set per request in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
        ],
      },
    ];
  },
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx for a signed-in user without the right role.
    authInterrupts: true,
    // Photos of up to 5 MB are posted to server actions (the default limit is 1 MB); a bit more
    // room so that a too-large photo still gets a Dutch message at its field.
    serverActions: { bodySizeLimit: "10mb" },
  },
};

export default nextConfig;
