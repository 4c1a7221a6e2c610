import { expect, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./auth";

export const DEMO_MEETING = "Rapat Percepatan Universal Coverage BPJS Ketenagakerjaan";

/** The login page, in Indonesian (the default language). */
export class LoginPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  /** The failure notice; it has an accessible name, unlike Next's route announcer. */
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { name: "Masuk", exact: true });
    this.email = page.getByLabel("Email", { exact: true });
    this.password = page.getByLabel("Kata sandi", { exact: true });
    this.submit = page.getByRole("button", { name: "Masuk", exact: true });
    this.error = page.getByRole("alert", { name: "Gagal masuk" });
  }

  async goto(): Promise<void> {
    await this.page.goto("/login");
    await expect(this.heading).toBeVisible();
  }

  async login(email: string, password: string = DEMO_PASSWORD): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}

/** The header every signed-in page shares. */
export class PortalHeader {
  readonly nav: Locator;
  readonly logout: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole("navigation", { name: "Menu utama" });
    this.logout = page.getByRole("button", { name: "Keluar", exact: true });
  }

  navLink(name: string): Locator {
    return this.nav.getByRole("link", { name, exact: true });
  }
}

/** The list of meetings on the home and meetings pages. */
export function meetingList(page: Page, label = "Daftar rapat"): Locator {
  return page.getByRole("list", { name: label });
}

/** Not-found pages, whatever the reason (no such record, or not allowed to see it). */
export async function expectNotFound(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.getByText("Halaman ini tidak ada atau Anda tidak berhak membukanya.")).toBeVisible();
}

/**
 * The list of all of an agency's actions on its home page ("Tindak lanjut OPD Anda"; the groups
 * above it repeat some of them): cards on a phone, a table on wider screens, the other hidden.
 */
export function actionList(page: Page): Locator {
  const name = "Daftar tindak lanjut";
  const section = page.getByRole("region", { name: "Tindak lanjut OPD Anda" });
  return section.getByRole("table", { name }).or(section.getByRole("list", { name }));
}

/** A card of the meeting page (Card renders a section headed by its title). */
export function card(page: Page, title: string): Locator {
  return page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: title, exact: true }) });
}

/** One person on the attendance card, which groups people by their office. */
export function attendee(page: Page, office: string, name: string, cardTitle = "Daftar hadir"): Locator {
  return card(page, cardTitle).getByRole("region", { name: office }).getByRole("listitem").filter({ hasText: name });
}
