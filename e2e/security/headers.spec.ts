import { storageStateOf } from "../support/auth";
import { expect, test } from "../support/fixtures";
import { actionIds } from "../support/server-actions";

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

  // Browsers ask for icons the site may not have (/apple-touch-icon-precomposed.png); the 404 is a whole HTML page.
  test("every HTML answer has the CSP: also a prefetch, and the 404 page of an icon the site does not have", async ({ request }) => {
    const answers = [
      ["prefetch of /privacy", await request.get("/privacy", { headers: { "Next-Router-Prefetch": "1" } })],
      ["/apple-touch-icon-precomposed.png", await request.get("/apple-touch-icon-precomposed.png")],
      ["a page that does not exist", await request.get("/bestaat-niet")],
    ] as const;
    for (const [what, response] of answers) {
      if (!response.headers()["content-type"]?.startsWith("text/html")) continue;
      expect(response.headers()["content-security-policy"], what).toMatch(/script-src [^;]*'nonce-/);
    }
    expect(answers[1][1].headers()["content-type"]).toMatch(/^text\/html/);
  });

  test("a server action called with a body that is not a form gets a 400, not a crash", async ({ request, baseURL }) => {
    const id = actionIds()["lib/accounts/actions/accounts.ts#requestSignInLinkAction"]!;
    for (const [type, body] of [["text/plain;charset=UTF-8", "[1,2]"], ["application/json", '["x"]']] as const) {
      const response = await request.post("/inloggen", { headers: { "Next-Action": id, "Content-Type": type, Origin: baseURL! }, data: body });
      expect(response.status(), type).toBe(400);
      expect(await response.text()).not.toMatch(/TypeError|at \w+ \(/);
    }
    // A form body whose arguments are not a form: refused as a bad form, not a crash.
    const form = new FormData();
    form.append("0", '[null,5]');
    const reply = await request.post("/inloggen", { headers: { "Next-Action": id, Origin: baseURL! }, multipart: form });
    expect(reply.status()).toBeLessThan(500);
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
