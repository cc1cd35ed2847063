import { storageStateOf } from "./support/auth";
import { expect, test } from "./support/fixtures";

test.describe("security headers", () => {
  test("every page has a strict Content-Security-Policy with a fresh nonce, and the other headers", async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of ["/", "/inloggen", "/cijfers", "/privacy", "/api/v1/stats"]) {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = headers["content-security-policy"] ?? "";
      const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
      expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(scriptSrc, path).not.toContain("'unsafe-eval'");
      for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp, path).toContain(directive);
      nonces.add(scriptSrc.match(/'nonce-([^']+)'/)![1]!);
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(headers["x-powered-by"], path).toBeUndefined();
    }
    expect(nonces.size).toBe(5);
  });

  test("static files get nosniff too", async ({ page, request }) => {
    await page.goto("/");
    const script = await page.locator("script[src]").first().getAttribute("src");
    const response = await request.get(script!);
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("pages run without any CSP violation, with their scripts working", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/inloggen");
    await page.getByLabel("Uw e-mailadres").focus();
    await page.getByLabel("Uw e-mailadres").blur();
    // Only the browser shows a message on leaving a field: the form's schema, loaded on focus, ran
    // under the CSP.
    await expect(page.locator("#email-error")).toHaveText(/Vul uw e-mailadres in/);
    await page.goto("/cijfers");
    expect(violations).toEqual([]);
  });

  test.describe("signed in", () => {
    test.use({ storageState: storageStateOf("bewoner") });
    test("the session cookie is HttpOnly and SameSite", async ({ page, context }) => {
      await page.goto("/account");
      const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.sameSite).toBe("Lax");
    });
  });
});
