/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  experimental: {
    // forbidden() answers 403 with app/forbidden.tsx for a signed-in user without the right role.
    authInterrupts: true,
  },
};

export default nextConfig;
