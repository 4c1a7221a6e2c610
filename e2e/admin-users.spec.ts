import { demo, expect, loginAs, test, uniqueSuffix } from "./fixtures";
import { createUser, UserForm, type NewUser } from "./support/admin";
import { actionList, LoginPage } from "./support/pages";

function newAgencyHead(agency = "Badan Keuangan dan Aset Daerah"): NewUser {
  const suffix = uniqueSuffix();
  return {
    name: `Uji Kepala ${suffix}`,
    email: `uji.${suffix}@sinjai.test`,
    position: "Kepala Bidang Anggaran",
    role: "Kepala OPD",
    agency,
    password: `rahasia-${suffix}`,
  };
}

test("the admin creates an agency head, correcting the form's errors, and the new user signs in", async ({ asAdmin: page, newSession }) => {
  const user = newAgencyHead();
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "Tambah pengguna" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tambah pengguna" })).toBeVisible();
  const form = new UserForm(page);

  // No name, and an agency head without an agency.
  await form.email.fill(user.email);
  await form.position.fill(user.position);
  await form.role.selectOption({ label: "Kepala OPD" });
  await form.initialPassword.fill(user.password);
  await form.create.click();
  await expect(page.getByRole("alert", { name: "Periksa isian" })).toHaveText("Periksa isian yang ditandai.");
  await expect(form.name).toHaveAccessibleDescription("Wajib diisi.");
  await expect(form.agency).toHaveAccessibleDescription("Kepala OPD harus terhubung ke satu OPD.");
  await expect(page.getByText("Wajib diisi.")).toBeVisible();
  await expect(page.getByText("Kepala OPD harus terhubung ke satu OPD.")).toBeVisible();
  // What was typed stays, except the password, which is never sent back.
  await expect(form.email).toHaveValue(user.email);
  await expect(form.position).toHaveValue(user.position);
  await expect(form.role.locator("option:checked")).toHaveText("Kepala OPD");
  await expect(form.initialPassword).toHaveValue("");

  // An email another user already has (in other letter case).
  await form.name.fill(user.name);
  await form.email.fill(demo.agencyHead.toUpperCase());
  await form.agency.selectOption({ label: user.agency ?? "" });
  await form.initialPassword.fill(user.password);
  await form.create.click();
  await expect(form.email).toHaveAccessibleDescription("Email ini sudah dipakai pengguna lain.");
  // The reason is said at the top of the form too, where a screen reader announces it.
  await expect(page.getByRole("alert", { name: "Periksa isian" })).toContainText("Email ini sudah dipakai pengguna lain.");
  await expect(form.name).toHaveValue(user.name);
  await expect(form.position).toHaveValue(user.position);
  await expect(form.agency.locator("option:checked")).toHaveText(user.agency ?? "");

  await form.email.fill(user.email);
  await form.initialPassword.fill(user.password);
  await form.create.click();
  await expect(page).toHaveURL(/\/admin\/users\/\d+\?saved=created$/);
  await expect(page.getByRole("status", { name: /Pengguna dibuat/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();

  // The list finds them by email.
  await page.goto("/admin/users");
  await page.getByLabel("Cari", { exact: true }).fill(user.email);
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  const row = page.getByRole("row", { name: new RegExp(user.name) });
  await expect(row).toContainText("Kepala OPD");
  await expect(row).toContainText("BKAD");
  await expect(row).toContainText("Aktif");

  const theirs = await newSession();
  const login = new LoginPage(theirs);
  await login.goto();
  await login.login(user.email, user.password);
  await expect(theirs).toHaveURL("/");
  await expect(theirs.getByRole("heading", { level: 1, name: "Tindak lanjut BKAD" })).toBeVisible();
  await expect(actionList(theirs).getByText("Alokasi iuran pekerja rentan dalam APBD Perubahan 2025")).toBeVisible();
});

test("a deactivated user is signed out at their next page and cannot sign in again", async ({ asAdmin: page, newSession }) => {
  const user = newAgencyHead("Bagian Kesejahteraan Rakyat Setda");
  const id = await createUser(page, user);

  const theirs = await newSession();
  await loginAs(theirs, user.email, user.password);
  await theirs.goto("/");
  await expect(theirs.getByRole("heading", { level: 1, name: "Tindak lanjut Bagian Kesra" })).toBeVisible();

  await page.goto(`/admin/users/${id}`);
  const form = new UserForm(page);
  await expect(form.active).toBeChecked();
  await form.active.uncheck();
  await form.save.click();
  await expect(page.getByRole("status", { name: "Tersimpan" })).toHaveText("Perubahan tersimpan.");
  await expect(form.active).not.toBeChecked();

  await theirs.goto("/meetings");
  await expect(theirs).toHaveURL(/\/login(\?|$)/);
  const login = new LoginPage(theirs);
  await expect(login.heading).toBeVisible();
  await login.login(user.email, user.password);
  await expect(login.error).toHaveText("Akun ini sudah dinonaktifkan. Hubungi admin Kawal.");
  await expect(login.email).toHaveValue(user.email);
  await expect(theirs).toHaveURL(/\/login/);

  await page.goto("/admin/users");
  await page.getByLabel("Cari", { exact: true }).fill(user.email);
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page.getByRole("row", { name: new RegExp(user.name) })).toContainText("Nonaktif");
});

test("the admin resets a password and the user signs in with the new one", async ({ asAdmin: page, newSession }) => {
  const user = newAgencyHead();
  const id = await createUser(page, user);
  const newPassword = `baru-${uniqueSuffix()}`;

  await page.goto(`/admin/users/${id}`);
  const reset = page.getByLabel("Kata sandi baru", { exact: true });
  await reset.fill("pendek");
  await page.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  await expect(reset).toHaveAccessibleDescription("Kata sandi minimal 8 karakter.");

  await reset.fill(newPassword);
  await page.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  await expect(page.getByRole("status", { name: "Tersimpan" })).toHaveText("Kata sandi baru tersimpan.");

  const theirs = await newSession();
  const login = new LoginPage(theirs);
  await login.goto();
  await login.login(user.email, user.password);
  await expect(login.error).toHaveText("Email atau kata sandi salah.");
  await login.login(user.email, newPassword);
  await expect(theirs).toHaveURL("/");
  await expect(theirs.getByRole("heading", { level: 1, name: "Tindak lanjut BKAD" })).toBeVisible();
});

test("the admin creates an agency and edits it", async ({ asAdmin: page }) => {
  const suffix = uniqueSuffix();
  const agency = {
    name: `Dinas Uji Coba ${suffix}`,
    shortName: `Uji ${suffix}`,
    code: `UJI_${suffix.toUpperCase()}`,
    headTitle: "Kepala Dinas Uji Coba",
  };

  await page.goto("/admin/agencies");
  await page.getByRole("link", { name: "Tambah OPD" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tambah OPD" })).toBeVisible();
  await page.getByLabel("Nama lengkap", { exact: true }).fill(agency.name);
  await page.getByLabel("Nama singkat", { exact: true }).fill(agency.shortName);
  await page.getByLabel("Kode", { exact: true }).fill("kode salah!");
  await page.getByLabel("Jenis", { exact: true }).selectOption({ label: "Dinas" });
  await page.getByLabel("Jabatan kepala", { exact: true }).fill(agency.headTitle);
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByLabel("Kode", { exact: true })).toHaveAccessibleDescription("Gunakan huruf besar, angka, - atau _.");
  await expect(page.getByLabel("Nama lengkap", { exact: true })).toHaveValue(agency.name);

  await page.getByLabel("Kode", { exact: true }).fill(agency.code);
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/agencies\?saved=1$/);
  await expect(page.getByRole("status", { name: "OPD tersimpan." })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(agency.name) });
  await expect(row).toContainText(`${agency.code} · ${agency.headTitle}`);
  await expect(row.getByRole("cell", { name: "Dinas", exact: true })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Aktif", exact: true })).toBeVisible();

  await row.getByRole("link", { name: agency.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: agency.name })).toBeVisible();
  await expect(page.getByLabel("Kode", { exact: true })).toHaveValue(agency.code);
  await page.getByLabel("Nama singkat", { exact: true }).fill(`${agency.shortName} baru`);
  await page.getByLabel("Jabatan kepala", { exact: true }).fill("Plt. Kepala Dinas Uji Coba");
  await page.getByLabel("Jenis", { exact: true }).selectOption({ label: "Badan" });
  await page.getByRole("button", { name: "Simpan", exact: true }).click();

  await expect(page).toHaveURL(/\/admin\/agencies\?saved=1$/);
  const edited = page.getByRole("row", { name: new RegExp(agency.name) });
  await expect(edited).toContainText(`${agency.code} · Plt. Kepala Dinas Uji Coba`);
  await expect(edited.getByRole("cell", { name: "Badan", exact: true })).toBeVisible();

  // The new agency can be given to a user.
  await page.goto("/admin/users/new");
  await expect(new UserForm(page).agency.getByRole("option", { name: agency.name })).toHaveCount(1);
});
