import type { Page } from "@playwright/test";
import { demo, expect, test } from "./fixtures";
import { actionList, DEMO_MEETING, expectNotFound, LoginPage, meetingList, PortalHeader } from "./support/pages";

/** What each role sees first after signing in. */
const homes = [
  { role: "admin", email: demo.admin, heading: "Rapat koordinasi" },
  { role: "secretariat", email: demo.secretariat, heading: "Rapat koordinasi" },
  // Leaders land on the coverage dashboard, with the latest meetings under it.
  { role: "viewer", email: demo.viewer, heading: "Cakupan kepesertaan 2025" },
  { role: "agency head", email: demo.agencyHead, heading: "Tindak lanjut Bagian Kesra" },
  { role: "reviewer", email: demo.reviewer, heading: "Komitmen kepada BPJS Ketenagakerjaan" },
] as const;

test.describe("logging in through the form", () => {
  for (const home of homes) {
    test(`the ${home.role} lands on their home page`, async ({ page }) => {
      const login = new LoginPage(page);
      await login.goto();
      await login.login(home.email);

      await expect(page).toHaveURL("/");
      await expect(page.getByRole("heading", { level: 1, name: home.heading })).toBeVisible();

      if (home.heading === "Rapat koordinasi") {
        await expect(meetingList(page).getByRole("link", { name: new RegExp(DEMO_MEETING) })).toBeVisible();
      } else if (home.role === "viewer") {
        await expect(page.getByTestId("coverage-now")).toBeVisible();
        await expect(page.getByRole("heading", { level: 2, name: "Rapat koordinasi" })).toBeVisible();
        await expect(meetingList(page).getByRole("link", { name: new RegExp(DEMO_MEETING) })).toBeVisible();
      } else if (home.role === "agency head") {
        await expect(actionList(page).getByText("Pendataan pekerja keagamaan dari seluruh desa")).toBeVisible();
        await expect(page.getByText("Alokasi iuran pekerja rentan dalam APBD Perubahan 2025")).toHaveCount(0);
        await expect(meetingList(page).getByRole("link", { name: new RegExp(DEMO_MEETING) })).toBeVisible();
      } else {
        const commitments = page.getByRole("list", { name: "Daftar komitmen" });
        await expect(commitments.getByRole("listitem").first()).toBeVisible();
        await expect(commitments.getByRole("link", { name: new RegExp(DEMO_MEETING) }).first()).toBeVisible();
      }
    });
  }
});

test("a wrong password is refused and the typed email is kept", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.login(demo.secretariat, "bukan-kata-sandinya");

  await expect(login.error).toHaveText("Email atau kata sandi salah.");
  await expect(login.email).toHaveValue(demo.secretariat);
  await expect(login.password).toHaveValue("");
  await expect(page).toHaveURL(/\/login/);
});

test("logging out returns to the login page and protected pages send you back there", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.login(demo.secretariat);
  await expect(page.getByRole("heading", { level: 1, name: "Rapat koordinasi" })).toBeVisible();

  await new PortalHeader(page).logout.click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(login.heading).toBeVisible();

  for (const path of ["/", "/meetings", "/meetings/1", "/admin/users"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login(\?|$)/);
    await expect(login.heading).toBeVisible();
  }
});

test("logging out holds even when a request sent before it is answered after it", async ({ asSecretariat: page }) => {
  // A slow network: a request the page sent while signed in (a prefetch of a menu link, say)
  // is answered only after the logout has been answered.
  let logoutAnswered!: () => void;
  const afterLogout = new Promise<void>((resolve) => (logoutAnswered = resolve));
  page.on("response", (response) => {
    if (response.request().method() === "POST") logoutAnswered();
  });
  let requestSent!: () => void;
  const sent = new Promise<void>((resolve) => (requestSent = resolve));
  await page.route(/[?&]inflight=1/, async (route) => {
    const response = await route.fetch();
    requestSent();
    await afterLogout;
    await route.fulfill({ response });
  });

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Rapat koordinasi" })).toBeVisible();
  const slowRequest = page.evaluate(() => fetch("/meetings?inflight=1").then((r) => r.status));
  await sent;
  await new PortalHeader(page).logout.click();
  await expect(page).toHaveURL(/\/login$/);
  await slowRequest;

  await page.goto("/");
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(new LoginPage(page).heading).toBeVisible();
});

/** What a signed-in non-admin sees of the admin pages: no menu entries, and not-found pages. */
async function expectNoAdmin(page: Page): Promise<void> {
  await page.goto("/");
  const header = new PortalHeader(page);
  await expect(header.nav).toBeVisible();
  await expect(header.navLink("Pengguna")).toHaveCount(0);
  await expect(header.navLink("OPD")).toHaveCount(0);
  for (const path of ["/admin/users", "/admin/users/new", "/admin/agencies"]) {
    await page.goto(path);
    await expectNotFound(page);
    await expect(page.getByRole("button", { name: "Simpan pengguna" })).toHaveCount(0);
  }
}

test.describe("the user admin is for admins only", () => {
  test("the secretariat gets the not-found page at /admin/users", async ({ asSecretariat }) => {
    await expectNoAdmin(asSecretariat);
  });
  test("the agency head gets the not-found page at /admin/users", async ({ asAgencyHead }) => {
    await expectNoAdmin(asAgencyHead);
  });
  test("the reviewer gets the not-found page at /admin/users", async ({ asReviewer }) => {
    await expectNoAdmin(asReviewer);
  });
  test("the viewer gets the not-found page at /admin/users", async ({ asViewer }) => {
    await expectNoAdmin(asViewer);
  });
});
