import { demo, DEMO_PASSWORD, expect, test } from "./fixtures";
import { attendee, card, DEMO_MEETING, LoginPage, PortalHeader } from "./support/pages";

test("Indonesian by default, English on request, and back", async ({ page, context }) => {
  const login = new LoginPage(page);
  await login.goto();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByLabel("Kata sandi", { exact: true })).toBeVisible();

  // The login page's switch.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === "kawal_locale")?.value).toBe("en");

  await page.getByLabel("Email", { exact: true }).fill(demo.secretariat);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page.getByRole("alert", { name: "Login failed" })).toHaveText("Wrong email or password.");

  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Coordination meetings" })).toBeVisible();

  const nav = page.getByRole("navigation", { name: "Main menu" });
  await expect(nav.getByRole("link", { name: "Home", exact: true })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Meetings", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Log out", exact: true })).toBeVisible();
  const listed = page.getByRole("list", { name: "Meetings" }).getByRole("link", { name: new RegExp(DEMO_MEETING) });
  await expect(listed).toContainText("Wednesday, June 11, 2025");
  await expect(listed).toContainText("8 attendees · 4 commitments");

  await nav.getByRole("link", { name: "Meetings", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(DEMO_MEETING) }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_MEETING })).toBeVisible();
  await expect(page.getByText("Wednesday, June 11, 2025", { exact: true })).toBeVisible();
  await expect(page.getByText("09:00–11:30 WITA", { exact: true })).toBeVisible();
  await expect(card(page, "Attendance list")).toContainText("8 of 8 present");
  await expect(attendee(page, "BPJS TK Sinjai", "Andi Nurisma", "Attendance list")).toContainText("Present");
  await expect(page.getByText("All times in WITA (Asia/Makassar).")).toBeVisible();

  // The header's switch, back to Indonesian on the same page.
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(card(page, "Daftar hadir")).toContainText("8 dari 8 hadir");
  await expect(page.getByText("Rabu, 11 Juni 2025", { exact: true })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  const header = new PortalHeader(page);
  await expect(header.navLink("Rapat")).toBeVisible();
  await expect(header.logout).toBeVisible();

  // And once more to English from the header, on the home page.
  await header.navLink("Beranda").click();
  await expect(page.getByRole("heading", { level: 1, name: "Rapat koordinasi" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Coordination meetings" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Coordination meetings" })).toBeVisible();
});
