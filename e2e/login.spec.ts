import type { Page } from "@playwright/test";
import { demo, DEMO_PASSWORD, expect, test, uniqueSuffix } from "./fixtures";
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

test("an unknown e-mail gets the same answer as a wrong password", async ({ page }) => {
  const login = new LoginPage(page);
  await login.goto();
  await login.login(`tidak.ada.${uniqueSuffix()}@sinjai.test`, "bukan-kata-sandinya");
  await expect(login.error).toHaveText("Email atau kata sandi salah.");
});

/** What the login form is called in each language, and how it says "wait". */
const forms = {
  id: {
    email: "Email",
    password: "Kata sandi",
    submit: "Masuk",
    alert: "Gagal masuk",
    wrong: "Email atau kata sandi salah.",
    wait: /^Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam [1-5] detik\.$/,
  },
  en: {
    email: "Email",
    password: "Password",
    submit: "Log in",
    alert: "Login failed",
    wrong: "Wrong email or password.",
    wait: /^Too many failed login attempts\. Try again in [1-5] seconds?\.$/,
  },
} as const;

test("guesses from one address make that address wait, in the reader's language, while the owner still gets in", async ({ browser, baseURL, newSession }) => {
  for (const [language, form] of Object.entries(forms)) {
    // A stranger at an address of their own (the last proxy's X-Forwarded-For entry).
    const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    const stranger = await browser.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": address } });
    try {
      await stranger.addCookies([{ name: "kawal_locale", value: language, url: baseURL! }]);
      const page = await stranger.newPage();
      await page.goto("/login");
      const alert = page.getByRole("alert", { name: form.alert });
      const guess = async (password: string) => {
        await page.getByLabel(form.email, { exact: true }).fill(demo.reviewer);
        await page.getByLabel(form.password, { exact: true }).fill(password);
        await page.getByRole("button", { name: form.submit, exact: true }).click();
        // Each answer re-mounts the form with the password emptied: the answer has arrived.
        await expect(page.getByLabel(form.password, { exact: true })).toHaveValue("");
      };
      for (let i = 0; i < 3; i++) {
        await guess(`tebakan-${i}`);
        await expect(alert).toHaveText(form.wrong);
      }
      // The third failure in a row makes this address wait, even with the right password.
      await guess(DEMO_PASSWORD);
      await expect(alert).toHaveText(form.wait);
      await expect(page).toHaveURL(/\/login/);
    } finally {
      await stranger.close();
    }
  }

  // The owner, at their usual address, is not slowed by the stranger's guesses.
  const owner = await newSession();
  const login = new LoginPage(owner);
  await login.goto();
  await login.login(demo.reviewer);
  await expect(owner).toHaveURL("/");
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
