import { describe, expect, it } from "vitest";
import { buildWarnings } from "@/scripts/build-if-needed";

/** Lines as `next build` (Turbopack) printed them before lib/platform/mail/outbox.ts and lib/platform/sms/outbox.ts were marked. */
const WITH_WARNINGS = [
  "  Creating an optimized production build ...",
  "Turbopack build encountered 6 warnings:",
  "./lib/platform/mail/outbox.ts:64:35",
  "Warning: Dynamic filesystem access causes tracing of the whole project",
  "  \u001b[90m62 |\u001b[0m ...\u001b[36monst\u001b[0m file \u001b[36mof\u001b[0m files",
  " ⚠ Invalid next.config.mjs options detected:",
  "✓ Compiled successfully in 40s",
].join("\n");

const CLEAN = [
  // A fresh checkout (CI) has no .next/cache: a notice about build caching, not about the code.
  " ⚠ No build cache found. Please configure build caching for faster rebuilds. Read more: https://nextjs.org/docs/messages/no-cache",
  "   ▲ Next.js 16.4.6 (Turbopack)",
  "   - Experiments (use with caution):",
  "     ✓ authInterrupts",
  "  Creating an optimized production build ...",
  "✓ Compiled successfully in 40s",
  "├ ƒ /initiatieven/[id]",
  "ƒ  (Dynamic)  server-rendered on demand",
].join("\n");

describe("the build's warning check (scripts/build-if-needed.ts)", () => {
  it("finds Turbopack's and Next's warnings", () => {
    expect(buildWarnings(WITH_WARNINGS)).toEqual([
      "Turbopack build encountered 6 warnings:",
      "Warning: Dynamic filesystem access causes tracing of the whole project",
      "⚠ Invalid next.config.mjs options detected:",
    ]);
  });

  it("finds nothing in a clean build's output", () => {
    expect(buildWarnings(CLEAN)).toEqual([]);
  });
});
