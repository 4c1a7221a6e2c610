import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Page } from "@playwright/test";

const BLOCKING = new Set(["serious", "critical"]);
/** Pages visited in a journey that are audited again at its end; the rest are covered by other journeys. */
const MAX_REVISITS = 8;

/** Runs axe on the page as it is now; returns one line per serious or critical violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations
    .filter((v) => BLOCKING.has(v.impact ?? ""))
    .map(
      (v) =>
        `${new URL(page.url()).pathname}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(", ")}`,
    );
}

/**
 * Remembers every page a context showed, so that the journey's end can audit them all: the
 * pages still open as they are (forms with their answers), then each other address visited,
 * opened again in the same signed-in context.
 */
export function watchPages(context: BrowserContext): { audit: () => Promise<void> } {
  const visited = new Set<string>();
  const track = (page: Page) =>
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame() && frame.url().startsWith("http")) visited.add(frame.url().split("#")[0]!);
    });
  context.pages().forEach(track);
  context.on("page", track);

  return {
    async audit() {
      const problems: string[] = [];
      const seen = new Set<string>();
      for (const page of context.pages()) {
        if (page.isClosed() || !page.url().startsWith("http")) continue;
        await page.waitForLoadState("load").catch(() => undefined);
        seen.add(page.url().split("#")[0]!);
        problems.push(...(await axeViolations(page)));
      }
      const rest = [...visited].filter((url) => !seen.has(url)).slice(0, MAX_REVISITS);
      if (rest.length > 0) {
        const page = await context.newPage();
        for (const url of rest) {
          const response = await page.goto(url).catch(() => null);
          if (!response || !(response.headers()["content-type"] ?? "").includes("text/html")) continue;
          problems.push(...(await axeViolations(page)));
        }
        await page.close();
      }
      expect(problems, "serious or critical accessibility violations (axe)").toEqual([]);
    },
  };
}
