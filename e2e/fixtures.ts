import { test as base, type BrowserContext, type Page } from "@playwright/test";
import { demo, loginAs } from "./support/auth";
import { watchPages } from "./support/axe";

export { expect } from "@playwright/test";
export { demo, DEMO_PASSWORD, loginAs, uniqueSuffix } from "./support/auth";

interface Fixtures {
  /** The test's page, signed in as the demo admin (through the API). */
  asAdmin: Page;
  asSecretariat: Page;
  /** Signed in as the head of Bagian Kesra. */
  asAgencyHead: Page;
  asReviewer: Page;
  asViewer: Page;
  /** A page in a browser context of its own (own cookies): a second person at another desk. */
  newSession: () => Promise<Page>;
}

function signedIn(email: string) {
  // The callback's second parameter is named `provide`, not `use`, so that React's
  // rules-of-hooks lint does not mistake it for React's `use`.
  return async ({ page }: { page: Page }, provide: (page: Page) => Promise<void>) => {
    await loginAs(page, email);
    await provide(page);
  };
}

export const test = base.extend<Fixtures>({
  // Every page a journey shows is checked with axe at its end (serious and critical violations fail it).
  context: async ({ context }, provide) => {
    const watcher = watchPages(context);
    await provide(context);
    await watcher.audit();
  },
  asAdmin: signedIn(demo.admin),
  asSecretariat: signedIn(demo.secretariat),
  asAgencyHead: signedIn(demo.agencyHead),
  asReviewer: signedIn(demo.reviewer),
  asViewer: signedIn(demo.viewer),
  newSession: async ({ browser, baseURL }, provide) => {
    const contexts: BrowserContext[] = [];
    const watchers: Array<ReturnType<typeof watchPages>> = [];
    await provide(async () => {
      const context = await browser.newContext({ baseURL });
      contexts.push(context);
      watchers.push(watchPages(context));
      return context.newPage();
    });
    for (const watcher of watchers) await watcher.audit();
    await Promise.all(contexts.map((context) => context.close()));
  },
});
