import { expect, type Locator, type Page } from "@playwright/test";

/** The user form on /admin/users/new and /admin/users/:id, found by its Indonesian labels. */
export class UserForm {
  readonly name: Locator;
  readonly email: Locator;
  readonly position: Locator;
  readonly role: Locator;
  readonly agency: Locator;
  readonly initialPassword: Locator;
  readonly active: Locator;
  readonly create: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByLabel("Nama", { exact: true });
    this.email = page.getByLabel("Email", { exact: true });
    this.position = page.getByLabel("Jabatan", { exact: true });
    this.role = page.getByLabel("Peran", { exact: true });
    this.agency = page.getByLabel("OPD / kantor", { exact: true });
    this.initialPassword = page.getByLabel("Kata sandi awal", { exact: true });
    this.active = page.getByLabel("Akun aktif", { exact: true });
    this.create = page.getByRole("button", { name: "Simpan pengguna" });
    this.save = page.getByRole("button", { name: "Simpan perubahan" });
  }
}

export interface NewUser {
  name: string;
  email: string;
  position: string;
  /** The role's label in the form, e.g. "Kepala OPD". */
  role: string;
  /** The agency's full name as the form lists it, or null for none. */
  agency: string | null;
  password: string;
}

/** Creates a user through the admin form and returns their id (from the page it lands on). */
export async function createUser(page: Page, user: NewUser): Promise<number> {
  await page.goto("/admin/users/new");
  const form = new UserForm(page);
  await form.name.fill(user.name);
  await form.email.fill(user.email);
  await form.position.fill(user.position);
  await form.role.selectOption({ label: user.role });
  await form.agency.selectOption(user.agency === null ? { value: "" } : { label: user.agency });
  await form.initialPassword.fill(user.password);
  await form.create.click();
  await expect(page).toHaveURL(/\/admin\/users\/\d+\?saved=created$/);
  await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
  const id = Number(new URL(page.url()).pathname.split("/").pop());
  expect(Number.isInteger(id) && id > 0, `user id in ${page.url()}`).toBe(true);
  return id;
}
