import type { Page, Request } from "@playwright/test";
import { demo, DEMO_PASSWORD, expect, loginAs, test, uniqueSuffix } from "./fixtures";
import { createUser, UserForm, type NewUser } from "./support/admin";
import { LoginPage, PortalHeader } from "./support/pages";

/** A user of this test alone, so that ending their sessions touches no other test. */
function newViewer(): NewUser {
  const suffix = uniqueSuffix();
  return {
    name: `Uji Sesi ${suffix}`,
    email: `sesi.${suffix}@sinjai.test`,
    position: "Staf",
    role: "Pimpinan",
    agency: null,
    password: `sesi rapat ${suffix}`,
  };
}

/** The home page a viewer lands on; any page behind the login would do. */
async function expectSignedIn(page: Page): Promise<void> {
  await page.goto("/meetings");
  await expect(page).toHaveURL(/\/meetings$/);
  await expect(page.getByRole("heading", { level: 1, name: "Rapat" })).toBeVisible();
}

async function expectSignedOut(page: Page): Promise<void> {
  await page.goto("/meetings");
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(new LoginPage(page).heading).toBeVisible();
}

const sessionCookie = /^(__Secure-)?authjs\.session-token$/;

test("after logout the old cookie opens no page and runs no server action", async ({ asAdmin, newSession }) => {
  const user = newViewer();
  await createUser(asAdmin, user);
  const page = await newSession();
  await loginAs(page, user.email, user.password);
  await expectSignedIn(page);
  const saved = await page.context().cookies();
  expect(saved.some((c) => sessionCookie.test(c.name))).toBe(true);

  // A password change, caught on its way out and kept to be sent again after the logout.
  await page.goto("/account");
  let caught!: Request;
  await page.route("**/account", async (route) => {
    if (route.request().method() !== "POST") return route.fallback();
    caught = route.request();
    await route.abort();
  });
  await page.getByLabel("Kata sandi saat ini", { exact: true }).fill(user.password);
  await page.getByLabel("Kata sandi baru", { exact: true }).fill("dicuri setelah keluar");
  await page.getByLabel("Ulangi kata sandi baru", { exact: true }).fill("dicuri setelah keluar");
  await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect.poll(() => caught !== undefined).toBe(true);
  await page.unroute("**/account");

  await new PortalHeader(page).logout.click();
  await expect(page).toHaveURL(/\/login$/);

  // Someone who copied the cookie before the logout, in another browser.
  const replay = await newSession();
  await replay.context().addCookies(saved);
  await expectSignedOut(replay);
  const session = await replay.request.get("/api/auth/session");
  expect(await session.json()).toBeNull();
  await replay.context().addCookies(saved);
  const headers = { ...(await caught.allHeaders()) };
  delete headers["cookie"];
  const answer = await replay.request.post("/account", { headers, data: caught.postDataBuffer() ?? undefined, maxRedirects: 0 });
  expect(answer.status()).toBeLessThan(500);

  // The password did not change: the old one still signs in, the replayed one does not.
  const check = await newSession();
  const login = new LoginPage(check);
  await login.goto();
  await login.login(user.email, "dicuri setelah keluar");
  await expect(login.error).toHaveText("Email atau kata sandi salah.");
  await login.login(user.email, user.password);
  await expect(check).toHaveURL("/");
});

test("deactivating a user ends their open session at once, and reactivating does not revive it", async ({ asAdmin, newSession }) => {
  const user = newViewer();
  const id = await createUser(asAdmin, user);
  const theirs = await newSession();
  await loginAs(theirs, user.email, user.password);
  await expectSignedIn(theirs);

  await asAdmin.goto(`/admin/users/${id}`);
  const form = new UserForm(asAdmin);
  await form.active.uncheck();
  await form.save.click();
  await expect(asAdmin.getByRole("status", { name: "Tersimpan" })).toHaveText("Perubahan tersimpan.");
  await form.active.check();
  await form.save.click();
  await expect(asAdmin.getByRole("status", { name: "Tersimpan" })).toHaveText("Perubahan tersimpan.");
  await expect(form.active).toBeChecked();

  await expectSignedOut(theirs);
  // Auth.js answers "no session" and clears the cookie.
  const session = await theirs.request.get("/api/auth/session");
  expect(await session.json()).toBeNull();
  expect((await theirs.context().cookies()).filter((c) => sessionCookie.test(c.name))).toEqual([]);
});

test("the admin ends every session of a user from the user's page", async ({ asAdmin, newSession }) => {
  const user = newViewer();
  const id = await createUser(asAdmin, user);
  const [first, second] = [await newSession(), await newSession()];
  await loginAs(first, user.email, user.password);
  await loginAs(second, user.email, user.password);

  await asAdmin.goto(`/admin/users/${id}`);
  await expect(asAdmin.getByText("2 sesi terbuka.")).toBeVisible();
  await asAdmin.getByRole("button", { name: "Akhiri semua sesi" }).click();
  await expect(asAdmin.getByRole("status", { name: "Tersimpan" })).toHaveText("2 sesi diakhiri.");
  await expect(asAdmin.getByText("Tidak ada sesi terbuka.")).toBeVisible();

  await expectSignedOut(first);
  await expectSignedOut(second);
});

test("logging out everywhere ends the session in another browser", async ({ asAdmin, newSession }) => {
  const user = newViewer();
  await createUser(asAdmin, user);
  const [phone, desk] = [await newSession(), await newSession()];
  await loginAs(phone, user.email, user.password);
  await loginAs(desk, user.email, user.password);
  await expectSignedIn(phone);

  await desk.goto("/");
  await desk.getByRole("link", { name: "Akun saya" }).click();
  await expect(desk.getByRole("heading", { level: 1, name: "Akun saya" })).toBeVisible();
  const sessions = desk.getByRole("list", { name: "Daftar sesi" }).getByRole("listitem");
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: "Sesi ini" })).toHaveCount(1);
  await desk.getByRole("button", { name: "Keluar dari semua perangkat" }).click();
  await expect(desk).toHaveURL(/\/login$/);

  await expectSignedOut(phone);
  await expectSignedOut(desk);
});

test("changing the password keeps this session, ends the others, and the old password is refused", async ({ asAdmin, newSession }) => {
  const user = newViewer();
  await createUser(asAdmin, user);
  const [page, other] = [await newSession(), await newSession()];
  await loginAs(page, user.email, user.password);
  await loginAs(other, user.email, user.password);
  const next = `tindak lanjut ${uniqueSuffix()}`;

  await page.goto("/account");
  const current = page.getByLabel("Kata sandi saat ini", { exact: true });
  const password = page.getByLabel("Kata sandi baru", { exact: true });
  const confirm = page.getByLabel("Ulangi kata sandi baru", { exact: true });
  const save = page.getByRole("button", { name: "Simpan kata sandi baru" });

  await current.fill("bukan kata sandinya");
  await password.fill(next);
  await confirm.fill(next);
  await save.click();
  await expect(current).toHaveAccessibleDescription("Kata sandi saat ini salah.");

  await current.fill(user.password);
  await password.fill("password1");
  await confirm.fill("password1");
  await save.click();
  await expect(password).toHaveAccessibleDescription(/Kata sandi ini termasuk yang paling sering dipakai/);

  await current.fill(user.password);
  await password.fill(next);
  await confirm.fill(`${next}!`);
  await save.click();
  await expect(confirm).toHaveAccessibleDescription("Kedua kata sandi baru tidak sama.");

  await current.fill(user.password);
  await password.fill(next);
  await confirm.fill(next);
  await save.click();
  await expect(page.getByRole("status", { name: "Tersimpan" })).toHaveText("Kata sandi baru tersimpan. Sesi Anda di perangkat lain sudah diakhiri.");
  await expect(current).toHaveValue("");

  await expectSignedIn(page);
  await expectSignedOut(other);
  const login = new LoginPage(other);
  await login.login(user.email, user.password);
  await expect(login.error).toHaveText("Email atau kata sandi salah.");
  await login.login(user.email, next);
  await expect(other).toHaveURL("/");
});

test("over HTTPS the session cookie is Secure, HttpOnly and __Secure- prefixed", async ({ playwright, baseURL }) => {
  const secure = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-Proto": "https" } });
  const csrf = await secure.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("__Host-authjs.csrf-token="))?.value ?? "";
  expect(csrfCookie).toMatch(/;\s*Secure/i);
  // Sent by hand: a cookie jar keeps Secure cookies for HTTPS, and this test talks plain HTTP.
  const answer = await secure.post("/api/auth/callback/credentials", {
    headers: { Cookie: csrfCookie.split(";")[0]! },
    form: { csrfToken, email: demo.viewer, password: DEMO_PASSWORD, callbackUrl: "/" },
    maxRedirects: 0,
  });
  const cookies = answer
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value);
  const session = cookies.find((c) => c.startsWith("__Secure-authjs.session-token="));
  expect(session, cookies.join("\n")).toBeDefined();
  expect(session).toMatch(/;\s*Secure/i);
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  await secure.dispose();
});
