import { describe, expect, it } from "vitest";
import { shouldSeedDemo } from "../../scripts/prepare-database";

describe("demo data is only added where nobody else can reach it", () => {
  it("seeds a local start (npm start sets AUTH_URL to localhost)", () => {
    expect(shouldSeedDemo({ AUTH_URL: "http://localhost:3000" })).toBe(true);
    expect(shouldSeedDemo({ AUTH_URL: "http://127.0.0.1:3100" })).toBe(true);
    expect(shouldSeedDemo({})).toBe(true);
  });

  it("never seeds a site with a public address unless asked for", () => {
    expect(shouldSeedDemo({ AUTH_URL: "https://burgers.heerlen.example" })).toBe(false);
    expect(shouldSeedDemo({ AUTH_URL: "not a url" })).toBe(false);
    expect(shouldSeedDemo({ AUTH_URL: "https://burgers.heerlen.example", SEED_DEMO: "1" })).toBe(true);
  });

  it("SEED_DEMO=0 always keeps it out", () => {
    expect(shouldSeedDemo({ AUTH_URL: "http://localhost:3000", SEED_DEMO: "0" })).toBe(false);
  });
});
