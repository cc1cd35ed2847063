import { describe, expect, it } from "vitest";
import { signInReason } from "@/lib/platform/auth/sign-in-reason";

describe("the sign-in page says why", () => {
  it.each([
    ["/initiatieven/nieuw", "Log in om uw idee in te sturen"],
    ["/initiatieven/12", "Log in om dit idee te steunen of te reageren"],
    ["/initiatieven/12/bewerken", "Log in om uw idee aan te passen"],
    ["/activiteiten/3", "Log in om u aan te melden met uw account"],
    ["/account", "Log in om uw account te zien"],
    ["/beheer/initiatieven", "Log in om verder te werken"],
    ["/dashboard?wijk=2", "Log in om het dashboard te zien"],
    ["", "Inloggen"],
    ["/accountx", "Inloggen"],
  ])("%s: %s", (path, reason) => {
    expect(signInReason(path)).toBe(reason);
  });
});
