import type { BrowserContext, Page } from "@playwright/test";
import { demo, DEMO_PASSWORD, expect, loginAs, test, uniqueSuffix } from "./fixtures";
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

/** Words the Indonesian catalogue shows and the English one never does. */
const INDONESIAN = [
  "Rapat",
  "Tindak lanjut",
  "tenggat",
  "Tenggat",
  "Belum mulai",
  "Berjalan",
  "Terhambat",
  "Terlambat",
  "Jatuh tempo",
  "Pemberitahuan",
  "Kesimpulan",
  "Bagian yang diubah",
  "Tinjauan",
  "Riwayat",
  "Beranda",
  "Keluar",
  "Simpan",
  "Hadir",
  "Sasaran",
];
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

async function inEnglish(context: BrowserContext, baseURL: string | undefined): Promise<void> {
  await context.addCookies([{ name: "kawal_locale", value: "en", url: baseURL ?? "http://localhost:3210" }]);
}

/**
 * The text the portal itself wrote on the page: what people typed (titles in links to meetings,
 * actions and sectors, a detail page's heading, the demo scenario's wording) is taken out first.
 */
async function portalText(page: Page, { detail = false } = {}): Promise<string> {
  const typed = [DEMO_MEETING, "Rapat koordinasi berkala", ...(detail ? await page.getByRole("heading", { level: 1 }).allInnerTexts() : [])];
  return page.evaluate((typed) => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll("script, style, textarea, a[href]").forEach((el) => {
      if (el.tagName !== "A" || /^\/(meetings|actions|sectors)\/\d+/.test(el.getAttribute("href") ?? "")) el.remove();
    });
    let text = body.textContent ?? "";
    for (const s of typed) text = text.split(s).join(" ");
    return text;
  }, typed);
}

async function expectEnglishOnly(page: Page, path: string | null, options: { detail?: boolean } = {}): Promise<void> {
  if (path) await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const text = await portalText(page, options);
  const where = path ?? page.url();
  expect(text.match(ISO_DATE), `a raw ISO date on ${where}`).toBeNull();
  const found = INDONESIAN.filter((word) => new RegExp(`\\b${word}\\b`).test(text));
  expect(found, `Indonesian words on ${where} in English`).toEqual([]);
}

test("every main page of every role, in English, has no Indonesian text and no raw date", async ({ newSession, baseURL }) => {
  test.slow();
  const roles: Array<[email: string, paths: string[]]> = [
    [demo.secretariat, ["/", "/meetings", "/actions", "/actions?view=board", "/dashboard", "/targets", "/notifications"]],
    [demo.agencyHead, ["/", "/actions", "/dashboard", "/notifications"]],
    [demo.reviewer, ["/", "/review", "/realisations", "/dashboard"]],
    [demo.viewer, ["/", "/meetings", "/dashboard"]],
    [demo.admin, ["/admin/users", "/admin/agencies"]],
  ];
  for (const [email, paths] of roles) {
    const page = await newSession();
    await inEnglish(page.context(), baseURL);
    await loginAs(page, email);
    for (const path of paths) await expectEnglishOnly(page, path);
  }

  // The detail pages: the demo meeting with its minutes, an action with dated steps, a sector.
  const page = await newSession();
  await inEnglish(page.context(), baseURL);
  await loginAs(page, demo.secretariat);
  await page.goto("/meetings");
  await page
    .getByRole("link", { name: new RegExp(DEMO_MEETING) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_MEETING })).toBeVisible();
  await expectEnglishOnly(page, null, { detail: true });
  await page.getByRole("link", { name: "Amend minutes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Minutes" })).toBeVisible();
  await expectEnglishOnly(page, null);
  await page.goto("/actions");
  await page.getByRole("link", { name: "Pendataan pekerja keagamaan dari seluruh desa" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Pendataan pekerja keagamaan dari seluruh desa" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Steps" })).toContainText("(Jun 30, 2025)");
  await expectEnglishOnly(page, null, { detail: true });
});

test("notices, amendments and the app's own agenda text follow the reader's language", async ({ asSecretariat: page, newSession, baseURL }) => {
  test.slow();
  const title = `Validasi data imam ${uniqueSuffix()}`;
  await page.goto("/actions/new");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New action" })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Responsible agency").selectOption({ label: "Bagian Kesejahteraan Rakyat Setda" });
  await page.getByLabel("Due date", { exact: true }).fill("2030-12-10");
  await page.getByLabel("Step 1", { exact: true }).fill("Kumpulkan data dari desa");
  await page.getByLabel("Due date of step 1").fill("2030-11-15");
  await page.getByRole("button", { name: "Save action" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // A step's due date, formerly shown as (2030-11-15).
  await expect(page.getByRole("list", { name: "Steps" })).toContainText(/Kumpulkan data dari desa\s*\(Nov 15, 2030\)/);

  // An amendment names the part it changed, in the reader's language.
  await page.goto("/meetings");
  await page
    .getByRole("link", { name: new RegExp(DEMO_MEETING) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_MEETING })).toBeVisible();
  const meetingUrl = page.url();
  await page.getByRole("link", { name: "Amend minutes" }).click();
  const conclusions = page.getByLabel("Conclusions", { exact: true });
  await conclusions.fill(`${await conclusions.inputValue()} Ralat ${uniqueSuffix()}.`);
  await page.getByLabel("Reason for the amendment").fill("Salah ketik");
  await page.getByRole("button", { name: "Save amendment" }).click();
  await expect(page.getByText("Amendment saved and recorded on the meeting.")).toBeVisible();
  await page.goto(meetingUrl);
  await expect(card(page, "Amendments")).toContainText("Changed: Conclusions");
  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(card(page, "Ralat notulen")).toContainText("Bagian yang diubah: Kesimpulan");

  // The head of Bagian Kesra reads the notice in English, with the due date written out.
  const kesra = await newSession();
  await inEnglish(kesra.context(), baseURL);
  await loginAs(kesra, demo.agencyHead);
  await kesra.goto("/notifications");
  const notice = kesra.getByRole("listitem").filter({ hasText: title });
  await expect(notice).toContainText("Assigned");
  await expect(notice).toContainText(`New follow-up action: ${title} (due December 10, 2030).`);
  await kesra.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(kesra.getByRole("listitem").filter({ hasText: title })).toContainText(`Tindak lanjut baru: ${title} (tenggat 10 Desember 2030).`);
});
