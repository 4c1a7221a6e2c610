import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { actionList, attendee, DEMO_MEETING, meetingList, PortalHeader } from "./support/pages";

const WIDTH = 375;
test.use({ viewport: { width: WIDTH, height: 812 }, isMobile: true, hasTouch: true });

/** The page itself must not scroll sideways; wide tables scroll inside their own box. */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "document width on a 375px screen").toBeLessThanOrEqual(WIDTH);
}

test("an agency head works from a phone: home page, menu and the meeting record", async ({ asAgencyHead: page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Tindak lanjut Bagian Kesra" })).toBeVisible();
  await expect(actionList(page).getByText("Pendataan pekerja keagamaan dari seluruh desa")).toBeVisible();
  await expectNoHorizontalOverflow(page);

  const header = new PortalHeader(page);
  await expect(header.nav).toBeInViewport();
  await expect(header.logout).toBeInViewport();
  await header.navLink("Rapat").tap();
  await expect(page).toHaveURL("/meetings");
  await expect(page.getByRole("heading", { level: 1, name: "Rapat" })).toBeVisible();
  await expectNoHorizontalOverflow(page);

  await meetingList(page)
    .getByRole("link", { name: new RegExp(DEMO_MEETING) })
    .tap();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_MEETING })).toBeVisible();
  await expect(attendee(page, "Bagian Kesra", "Hj. Kamriah Yusuf")).toBeVisible();
  await expectNoHorizontalOverflow(page);

  await expect(header.navLink("Beranda")).toBeInViewport();
  await header.navLink("Beranda").tap();
  await expect(page.getByRole("heading", { level: 1, name: "Tindak lanjut Bagian Kesra" })).toBeVisible();
});

test("the admin's pages fit a phone too", async ({ asAdmin: page }) => {
  for (const path of ["/", "/admin/users", "/admin/users/new", "/admin/agencies"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalOverflow(page);
  }
  const header = new PortalHeader(page);
  for (const name of ["Beranda", "Rapat", "Pengguna", "OPD"]) {
    await header.navLink(name).scrollIntoViewIfNeeded();
    await expect(header.navLink(name)).toBeVisible();
  }
});
