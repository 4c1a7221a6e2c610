import type { Page } from "@playwright/test";
import { demo, expect, loginAs, test } from "./fixtures";
import { LoginPage } from "./support/pages";

/**
 * Two regencies in one installation: Kabupaten Contoh (the demo's illustrative one) at its path
 * prefix, Sinjai at today's URLs. Each login opens its own regency only.
 */

const CONTOH_ACTION = "Pendaftaran kolektif nelayan melalui KUB";
const SINJAI_ACTION = "Pendataan pekerja rentan per desa";

async function loginAtContoh(page: Page, email: string): Promise<void> {
  await page.goto("/r/contoh/login");
  const login = new LoginPage(page);
  await expect(login.heading).toBeVisible();
  await expect(page.getByText("Pemerintah Kabupaten Contoh")).toBeVisible();
  await expect(page.getByText("Ilustratif", { exact: true })).toBeVisible();
  await login.login(email);
  await expect(page).not.toHaveURL(/\/login/);
}

test("a user of the second regency logs in at its prefix and sees only its data", async ({ page }) => {
  await loginAtContoh(page, "admin@contoh.demo");
  await expect(page.getByText("Pemerintah Kabupaten Contoh")).toBeVisible();
  // A plain link after the prefix stays in the regency (the remembered cookie).
  await page.goto("/actions");
  await expect(page.getByRole("link", { name: CONTOH_ACTION })).toBeVisible();
  await expect(page.getByText(SINJAI_ACTION)).toHaveCount(0);
  await page.goto("/meetings");
  await expect(page.getByRole("link", { name: "Rakor Perlindungan Pekerja Rentan Kabupaten Contoh" })).toBeVisible();
  await expect(page.getByText("Rapat Percepatan Universal Coverage BPJS Ketenagakerjaan")).toHaveCount(0);
  // Sinjai's first action, by its id: not found here.
  const answer = await page.goto("/actions/1");
  expect(answer?.status()).toBe(404);
  // The same browser at Sinjai's address is signed out there.
  await page.goto("/r/sinjai/actions");
  // The redirect is to plain /login: the prefix left the cookie that keeps it Sinjai's.
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(page.getByText("Pemerintah Kabupaten Sinjai")).toBeVisible();
});

test("a Sinjai login does not open the second regency", async ({ page }) => {
  await loginAs(page, demo.admin);
  await page.goto("/actions");
  await expect(page.getByRole("link", { name: SINJAI_ACTION })).toBeVisible();
  await page.goto("/r/contoh/actions");
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(page.getByText("Pemerintah Kabupaten Contoh")).toBeVisible();
  await expect(page.getByText(CONTOH_ACTION)).toHaveCount(0);
  // Its own password does not sign it in there either: the account is Sinjai's.
  const login = new LoginPage(page);
  await login.login(demo.admin);
  await expect(login.error).toBeVisible();
});

test("an address that names no regency is a 404 page", async ({ page }) => {
  const answer = await page.goto("/r/bone/login");
  expect(answer?.status()).toBe(404);
});
