import type { Locator, Page } from "@playwright/test";
import { demo, expect, loginAs, test, uniqueSuffix } from "./fixtures";
import { createUser, type NewUser } from "./support/admin";
import { expectNotFound, LoginPage, PortalHeader } from "./support/pages";

/** A user of this test alone, so that the log's rows for them are this test's. */
function newViewer(): NewUser {
  const suffix = uniqueSuffix();
  return {
    name: `Uji Audit ${suffix}`,
    email: `audit.${suffix}@sinjai.test`,
    position: "Staf",
    role: "Pimpinan",
    agency: null,
    password: `jejak audit ${suffix}`,
  };
}

function auditRows(page: Page): Locator {
  return page.getByRole("region", { name: "Log audit" }).locator("tbody tr");
}

async function filterLog(page: Page, filters: { kind?: string; email?: string }): Promise<void> {
  const form = page.getByRole("search", { name: "Saring log audit" });
  if (filters.kind) await form.getByLabel("Jenis").selectOption({ label: filters.kind });
  if (filters.email) await form.getByLabel("Email").fill(filters.email);
  await form.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/\/admin\/audit\?/);
}

test("a failed login, a login, a refused page and a logout reach the audit log, which only the admin reads and filters", async ({
  asAdmin: admin,
  newSession,
  baseURL,
}) => {
  const user = newViewer();
  await createUser(admin, user);
  const stranger = `tamu.${uniqueSuffix()}@sinjai.test`;

  // Someone tries an address that has no account, then the new user signs in, tries the log and leaves.
  const page = await newSession();
  const login = new LoginPage(page);
  await login.goto();
  await login.login(stranger, "bukan kata sandinya");
  await expect(login.error).toBeVisible();
  await loginAs(page, user.email, user.password);
  await page.goto("/");
  await expect(new PortalHeader(page).navLink("Log audit")).toHaveCount(0);
  await page.goto("/admin/audit");
  await expectNotFound(page);
  await page.goto("/");
  await new PortalHeader(page).logout.click();
  await expect(login.heading).toBeVisible();

  await admin.goto("/");
  await new PortalHeader(admin).navLink("Log audit").click();
  await expect(admin.getByRole("heading", { level: 1, name: "Log audit" })).toBeVisible();

  await filterLog(admin, { email: user.email.slice(0, 12).toUpperCase() });
  await expect(admin.getByLabel("Email")).toHaveValue(user.email.slice(0, 12).toLowerCase());
  const rows = auditRows(admin);
  // Newest first: the logout, the refusal of the log itself, the login.
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("Logout");
  await expect(rows.nth(1)).toContainText("Akses ditolak");
  await expect(rows.nth(1)).toContainText("audit.read");
  await expect(rows.nth(2)).toContainText("Login");
  for (const row of await rows.all()) await expect(row).toContainText(user.name);

  await filterLog(admin, { kind: "Login gagal", email: stranger });
  await expect(auditRows(admin)).toHaveCount(1);
  await expect(auditRows(admin).first()).toContainText(stranger);
  await expect(auditRows(admin).first()).toContainText("Email atau kata sandi salah");
  await expect(auditRows(admin).first()).toContainText(/\d{1,2} \w{3} \d{4}/);

  // A filter that matches nothing says so, and leads back to the whole log.
  await filterLog(admin, { kind: "Logout", email: stranger });
  await expect(admin.getByText("Tidak ada yang cocok dengan saringan")).toBeVisible();

  // The same page in English.
  await admin.context().addCookies([{ name: "kawal_locale", value: "en", url: baseURL ?? "http://localhost:3210" }]);
  await admin.goto(`/admin/audit?kind=login_failed&email=${encodeURIComponent(stranger)}`);
  await expect(admin.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  const english = admin.getByRole("region", { name: "Audit log" }).locator("tbody tr");
  await expect(english).toHaveCount(1);
  await expect(english.first()).toContainText("Failed login");
  await expect(english.first()).toContainText("Wrong email or password");
  await expect(admin.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Audit log", exact: true })).toBeVisible();
});

test("the agency head is refused the audit log, and the refusal is on record", async ({ asAgencyHead: page, newSession }) => {
  await page.goto("/admin/audit");
  await expectNotFound(page);
  const admin = await newSession();
  await loginAs(admin, demo.admin);
  await admin.goto(`/admin/audit?kind=refused&email=${encodeURIComponent(demo.agencyHead)}`);
  await expect(auditRows(admin).first()).toContainText("audit.read");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("the log fits the screen: filters behind a button, the table scrolling in its own box", async ({ asAdmin: page }) => {
    await page.goto("/admin/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Log audit" })).toBeVisible();
    await page.getByText("Saringan", { exact: true }).click();
    await filterLog(page, { kind: "Login" });
    await expect(auditRows(page).first()).toContainText("Login");
    expect(await page.evaluate(() => document.documentElement.scrollWidth), "document width on a 375px screen").toBeLessThanOrEqual(375);
  });
});
