import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO_MEETING, expectNotFound, meetingList } from "./support/pages";

const HINT = "Geser ke samping untuk melihat semua kolom";
const NO_MATCH = "Tidak ada yang cocok dengan saringan";
const CLEAR_FILTERS = "Hapus semua saringan";

/** A box that scrolls sideways: a named region one can tab to, with the hint shown beside it. */
async function expectScrollableRegion(region: Locator): Promise<void> {
  await expect(region).toHaveAttribute("tabindex", "0");
  await expect(region).toHaveAccessibleDescription(HINT);
  const hintId = await region.getAttribute("aria-describedby");
  await expect(region.page().locator(`[id="${hintId}"]`)).toBeVisible();
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth), "the region's content is wider than the region").toBe(true);
}

/** Tabbing into the region and pressing the right arrow scrolls it. */
async function expectKeyboardScroll(page: Page, region: Locator): Promise<void> {
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
}

/** Whether the element lies between the screen's left and right edges (tall board columns may run below the fold). */
async function expectWithinScreenWidth(page: Page, element: Locator): Promise<void> {
  const box = await element.boundingBox();
  if (!box) throw new Error("element is not rendered");
  const width = page.viewportSize()?.width ?? 0;
  expect(box.x, "left edge").toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, "right edge").toBeLessThanOrEqual(width);
}

/** How far the region cuts off the cell on the right; 0 when the cell is whole. */
async function clippedOnTheRight(region: Locator, cell: Locator): Promise<number> {
  const [outer, inner] = await Promise.all([region.boundingBox(), cell.boundingBox()]);
  if (!outer || !inner) throw new Error("region or cell is not rendered");
  return Math.max(0, Math.round(inner.x + inner.width - (outer.x + outer.width)));
}

test.describe("at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("the dashboard's actions per agency shows its last column whole", async ({ asViewer: page }) => {
    for (const path of ["/", "/dashboard"]) {
      await page.goto(path);
      const region = page.getByRole("region", { name: "Tindak lanjut per OPD" });
      const last = region.getByRole("columnheader").last();
      await expect(last).toHaveText("Terverifikasi");
      await last.scrollIntoViewIfNeeded();
      await expectWithinScreenWidth(page, last);
      expect(await clippedOnTheRight(region, last), `pixels of "Terverifikasi" cut off on ${path}`).toBe(0);
    }
  });

  test("the action board shows all five columns", async ({ asAdmin: page }) => {
    await page.goto("/actions?view=board");
    for (const status of ["Belum mulai", "Berjalan", "Terhambat", "Selesai", "Terverifikasi"]) {
      await expectWithinScreenWidth(page, page.getByRole("region", { name: status, exact: true }));
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth), "page width").toBeLessThanOrEqual(1280);
  });

  test("a meeting search with no match says so and clears the filters", async ({ asSecretariat: page }) => {
    await page.goto("/meetings");
    await page.getByLabel("Cari", { exact: true }).fill("tidak ada rapat berjudul begini");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await expect(page).toHaveURL(/[?&]q=/);
    await expect(page.getByText(NO_MATCH)).toBeVisible();
    await expect(page.getByText("0 cocok dengan saringan")).toBeVisible();
    await expect(page.getByText("Belum ada rapat")).toHaveCount(0);
    await page.getByRole("link", { name: CLEAR_FILTERS }).click();
    await expect(page).toHaveURL("/meetings");
    await expect(meetingList(page).getByRole("link", { name: new RegExp(DEMO_MEETING) })).toBeVisible();
  });

  test("the action board and the user list say when nothing matched their filters", async ({ asAdmin: page }) => {
    await page.goto("/actions?view=board&dueFrom=2099-01-01");
    await expect(page.getByText(NO_MATCH)).toBeVisible();
    await page.getByRole("link", { name: CLEAR_FILTERS }).click();
    await expect(page).toHaveURL("/actions?view=board");
    await expect(page.getByRole("region", { name: "Papan tindak lanjut" })).toBeVisible();

    await page.goto("/admin/users?q=tidak-ada-pengguna-begini");
    await expect(page.getByText(NO_MATCH)).toBeVisible();
    await page.getByRole("link", { name: CLEAR_FILTERS }).click();
    await expect(page).toHaveURL("/admin/users");
    await expect(page.getByRole("region", { name: "Pengguna" }).getByRole("link", { name: "Admin Kawal" })).toBeVisible();
  });

  test("a not-found page has exactly one main landmark", async ({ asAdmin: page }) => {
    for (const path of ["/meetings/999999", "/actions/999999", "/tidak-ada-halaman-ini"]) {
      await page.goto(path);
      await expectNotFound(page);
      await expect(page.getByRole("main"), `main landmarks on ${path}`).toHaveCount(1);
    }
  });
});

test.describe("at 375 px", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("wide tables scroll inside a named region, with a hint, from the keyboard", async ({ asAdmin: page }) => {
    await page.goto("/admin/users");
    const users = page.getByRole("region", { name: "Pengguna" });
    await expectScrollableRegion(users);
    await expectKeyboardScroll(page, users);

    await page.goto("/realisations");
    await expectScrollableRegion(page.getByRole("region", { name: /^Realisasi tercatat/ }));

    await page.goto("/actions?view=board");
    const board = page.getByRole("region", { name: "Papan tindak lanjut" });
    await expectScrollableRegion(board);
    await expectKeyboardScroll(page, board);
    const verified = board.getByRole("region", { name: "Terverifikasi", exact: true });
    await verified.scrollIntoViewIfNeeded();
    await expect(verified).toBeInViewport();
  });

  test("the dashboard's tables scroll inside named regions with a hint", async ({ asViewer: page }) => {
    await page.goto("/dashboard");
    await expectScrollableRegion(page.getByRole("region", { name: "Tindak lanjut per OPD" }));
    await expectScrollableRegion(page.getByRole("region", { name: "Angka cakupan yang pernah dilaporkan" }));
  });

  test("the meeting filters fold behind a button, so the list starts on the first screen", async ({ asSecretariat: page }) => {
    await page.goto("/meetings");
    const search = page.getByLabel("Cari", { exact: true });
    await expect(search).toBeHidden();
    await expect(meetingList(page).getByRole("listitem").first()).toBeInViewport({ ratio: 1 });

    await page.getByText("Saringan", { exact: true }).tap();
    await expect(search).toBeVisible();
    await search.fill("tidak ada rapat berjudul begini");
    await page.getByRole("button", { name: "Terapkan" }).tap();
    // A filter is on: the form stays open, and the empty list says why.
    await expect(page.getByText("Saringan (1 aktif)")).toBeVisible();
    await expect(search).toHaveValue("tidak ada rapat berjudul begini");
    await expect(page.getByText(NO_MATCH)).toBeVisible();
  });
});
