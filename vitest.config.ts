import path from "node:path";
import { defineConfig } from "vitest/config";
import { machineSlowness } from "./tests/support/machine-speed";

// Timeouts were set on a quiet 2-core machine; on a busy or slower one they stretch by the
// measured factor (tests/support/machine-speed.ts), which the test processes inherit.
const slowness = machineSlowness();
if (slowness > 1) console.info(`Timeouts x${slowness}: this machine is slower or busier now than the one they were set on (TEST_SLOWNESS).`);

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; unit tests run the server code directly.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    setupFiles: ["tests/support/setup.ts"],
    pool: "forks",
    testTimeout: 60_000 * slowness,
    hookTimeout: 30_000 * slowness,
    teardownTimeout: 10_000 * slowness,
  },
});
