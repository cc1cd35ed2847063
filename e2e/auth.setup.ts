import { test as setup } from "@playwright/test";
import { DEMO, signIn, storageStateOf, type DemoRole } from "./support/auth";

for (const role of Object.keys(DEMO) as DemoRole[]) {
  setup(`sign in as ${role} through the outbox link`, async ({ page }) => {
    await signIn(page, DEMO[role]);
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
