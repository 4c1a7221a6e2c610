import type { Page } from "@playwright/test";
import { codeForStep, timeStep } from "../lib/auth/two-factor/rules";
import { demo, expect, test, uniqueSuffix } from "./fixtures";
import { createUser, type NewUser } from "./support/admin";
import { LoginPage, PortalHeader } from "./support/pages";

function newUser(role: string): NewUser {
  const suffix = uniqueSuffix();
  return {
    name: `Uji Dua Langkah ${suffix}`,
    email: `dualangkah.${suffix}@sinjai.test`,
    position: "Staf",
    role,
    agency: null,
    password: `dua langkah ${suffix}`,
  };
}

/** The code step of the login page, in Indonesian. */
class CodeStep {
  constructor(readonly page: Page) {}
  heading = () => this.page.getByRole("heading", { name: "Login dua langkah" });
  code = () => this.page.getByLabel("Kode verifikasi", { exact: true });
  async submit(code: string): Promise<void> {
    await this.code().fill(code);
    await this.page.getByRole("button", { name: "Verifikasi dan masuk" }).click();
  }
}

/** Enrols the signed-in user from the QR page, computing the code from the key shown as text; returns the key and recovery codes. */
async function enrol(page: Page, start: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  await page.getByRole("button", { name: start }).click();
  await expect(page.getByRole("img", { name: "Kode QR untuk aplikasi autentikator" })).toBeVisible();
  expect(await page.getByRole("img", { name: "Kode QR untuk aplikasi autentikator" }).locator("svg").count()).toBe(1);
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  // A code that is not six digits is refused next to the field.
  await page.getByLabel("Kode dari aplikasi", { exact: true }).fill("12ab");
  await page.getByRole("button", { name: "Konfirmasi dan aktifkan" }).click();
  await expect(page.getByText("Masukkan 6 angka yang tampil di aplikasi autentikator Anda.").first()).toBeVisible();
  await page.getByLabel("Kode dari aplikasi", { exact: true }).fill(codeForStep(secret, timeStep(Date.now())));
  await page.getByRole("button", { name: "Konfirmasi dan aktifkan" }).click();
  const list = page.getByRole("list", { name: "Kode pemulihan" });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  const recoveryCodes = await list.getByRole("listitem").allInnerTexts();
  await expect(page.getByRole("img", { name: "Kode QR untuk aplikasi autentikator" })).toBeHidden();
  return { secret, recoveryCodes };
}

async function logout(page: Page): Promise<void> {
  await new PortalHeader(page).logout.click();
  await expect(page).toHaveURL(/\/login$/);
}

test("a user enrols from the QR code, then logs in with a code; a used code is refused, a recovery code works once", async ({ asAdmin, newSession }) => {
  const user = newUser("Sekretariat (Setda)");
  await createUser(asAdmin, user);
  const page = await newSession();
  const login = new LoginPage(page);
  await login.goto();
  await login.login(user.email, user.password);
  await expect(page).toHaveURL("/");

  await page.goto("/account");
  await expect(page.getByTestId("two-factor-status")).toHaveText("Tidak aktif.");
  const { secret, recoveryCodes } = await enrol(page, "Aktifkan login dua langkah");
  await page.getByRole("button", { name: "Sudah saya simpan" }).click();
  await expect(page.getByTestId("two-factor-status")).toContainText("Aktif sejak");
  await expect(page.getByTestId("two-factor-status")).toContainText("Tersisa 10 kode pemulihan");
  await logout(page);

  // The password alone opens nothing: the code step, and no session yet.
  const codeStep = new CodeStep(page);
  await login.login(user.email, user.password);
  await expect(codeStep.heading()).toBeVisible();
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
  await page.goto("/meetings");
  await expect(page).toHaveURL(/\/login/);
  await expect(codeStep.heading()).toBeVisible();
  // The enrolment used the current step: the next one (within the drift window) logs in.
  const code = codeForStep(secret, timeStep(Date.now()) + 1);
  await codeStep.submit(code);
  await expect(page).toHaveURL(/\/meetings$/);
  await logout(page);

  // The same code again: refused, and said next to the field.
  await login.login(user.email, user.password);
  await codeStep.submit(code);
  await expect(page.getByText("Kode salah, kedaluwarsa, atau sudah dipakai.").first()).toBeVisible();
  await expect(codeStep.heading()).toBeVisible();
  // A recovery code, typed in lower case: in.
  await codeStep.submit(recoveryCodes[0]!.toLowerCase());
  await expect(page).toHaveURL("/");
  await logout(page);

  // Through Auth.js's own endpoint the password step answers the same way: no session, the
  // pending login in an HttpOnly cookie of the login page, no token in the URL.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(answer.headers()["location"]).toMatch(/code=two_factor$/);
  const pending = (await page.context().cookies()).find((c) => c.name === "kawal-pending-login");
  expect(pending).toMatchObject({ httpOnly: true, path: "/login", sameSite: "Lax" });
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
  await page.goto("/login");
  // The same recovery code again: refused; another one works.
  await codeStep.submit(recoveryCodes[0]!);
  await expect(page.getByText("Kode salah, kedaluwarsa, atau sudah dipakai.").first()).toBeVisible();
  await page.getByRole("button", { name: "Mulai lagi dengan akun lain" }).click();
  await expect(login.heading).toBeVisible();
  await login.login(user.email, user.password);
  await codeStep.submit(recoveryCodes[1]!);
  await expect(page).toHaveURL("/");
  // The pending login is used up with the session it made.
  expect((await page.context().cookies()).some((c) => c.name === "kawal-pending-login")).toBe(false);
  await page.goto("/account");
  await expect(page.getByTestId("two-factor-status")).toContainText("Tersisa 8 kode pemulihan");

  // The admin's audit log has it all.
  await asAdmin.goto(`/admin/audit?email=${encodeURIComponent(user.email)}`);
  for (const kind of ["Login dua langkah diaktifkan", "Kode dua langkah diterima", "Kode dua langkah salah", "Kode pemulihan dipakai"]) {
    await expect(asAdmin.getByRole("cell", { name: kind }).first()).toBeVisible();
  }
});

test("an admin without two-factor login is held on the enrolment page until enrolled", async ({ asAdmin, newSession }) => {
  // The demo admin is exempt only because this is a demo deployment, and the page says so.
  await asAdmin.goto("/account");
  await expect(asAdmin.getByText("hanya karena merupakan akun demo pada instalasi demo")).toBeVisible();

  const admin = newUser("Admin");
  const adminId = await createUser(asAdmin, admin);
  const page = await newSession();
  const login = new LoginPage(page);
  await login.goto();
  await login.login(admin.email, admin.password);
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByRole("heading", { level: 1, name: "Aktifkan login dua langkah" })).toBeVisible();

  // Nothing else opens: pages lead back here, files are refused with the reason.
  for (const path of ["/", "/meetings", "/admin/users", "/account", "/admin/audit"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/account\/two-factor$/);
  }
  const download = await page.request.get("/api/dashboard.xlsx");
  expect(download.status()).toBe(403);
  expect(await download.text()).toContain("Two-factor login must be set up first");

  const { secret } = await enrol(page, "Aktifkan login dua langkah");
  expect(secret).toBeTruthy();
  await page.getByRole("link", { name: "Lanjut ke Kawal" }).click();
  await expect(page).toHaveURL("/");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/users$/);
  expect((await page.request.get("/api/dashboard.xlsx")).status()).toBe(200);

  // An admin may set it up again, but not turn it off.
  await page.goto("/account");
  await expect(page.getByText("Login dua langkah wajib untuk admin.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Pasang di ponsel baru" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Nonaktifkan login dua langkah" })).toHaveCount(0);
  expect(demo.admin).toContain("@");

  // Setting it up again replaces the authenticator: it asks for the password as well.
  await page.getByRole("button", { name: "Pasang di ponsel baru" }).click();
  const fresh = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  expect(fresh).not.toBe(secret);
  await page.getByLabel("Kode dari aplikasi", { exact: true }).fill(codeForStep(fresh, timeStep(Date.now())));
  await page.getByRole("button", { name: "Konfirmasi dan aktifkan" }).click();
  await expect(page.getByText("Wajib diisi.").first()).toBeVisible();
  await page.getByLabel("Kode dari aplikasi", { exact: true }).fill(codeForStep(fresh, timeStep(Date.now())));
  await page.getByLabel("Kata sandi", { exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "Konfirmasi dan aktifkan" }).click();
  await expect(page.getByRole("list", { name: "Kode pemulihan" }).getByRole("listitem")).toHaveCount(10);

  // Lost phone and codes: another admin turns it off; the session ends, and the next login
  // (password alone) is held on the enrolment page again.
  await asAdmin.goto(`/admin/users/${adminId}`);
  await expect(asAdmin.getByTestId("user-two-factor")).toHaveText("Aktif: pengguna ini masuk dengan kode dari aplikasi autentikator.");
  await asAdmin.getByRole("button", { name: "Nonaktifkan login dua langkah pengguna ini" }).click();
  await expect(asAdmin.getByTestId("user-two-factor")).toHaveText("Tidak aktif.");
  await page.goto("/meetings");
  await expect(page).toHaveURL(/\/login/);
  await login.login(admin.email, admin.password);
  await expect(page).toHaveURL(/\/account\/two-factor$/);
});
