/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx for a signed-in user without the right role.
    authInterrupts: true,
    // Photos of up to 5 MB are posted to server actions (the default limit is 1 MB); a bit more
    // room so that a too-large photo still gets a Dutch message at its field.
    serverActions: { bodySizeLimit: "10mb" },
  },
};

export default nextConfig;
