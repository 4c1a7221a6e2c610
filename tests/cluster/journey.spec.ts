import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { demo, uniqueSuffix } from "../../e2e/support/auth";
import { client, FIRST, PUBLIC_URL, SECOND, SESSION_COOKIE, signInPage } from "./support";

/** A 3 MB PDF: above nginx's default body limit (1 MB), within the app's 10 MB per file. */
function evidencePdf(): Buffer {
  return Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(3 * 1024 * 1024), Buffer.from("\n%%EOF\n")]);
}

test("signed in on one server, working on the other, a file up on one and down on the other, logged out on both", async ({ browser }) => {
  test.slow();
  const title = `Klaster: pendaftaran marbot ${uniqueSuffix()}`;

  // The secretariat signs in on the first server…
  const desk = await browser.newContext();
  const secretariat = await desk.newPage();
  await signInPage(secretariat, FIRST, demo.secretariat);
  const session = (await desk.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(session, `the ${SESSION_COOKIE} cookie (AUTH_URL is https)`).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });

  // …and plans the action on the second, with the session the first one opened.
  await secretariat.goto(`${SECOND}/actions/new`);
  await secretariat.getByLabel("Judul").fill(title);
  await secretariat.getByLabel("OPD penanggung jawab").selectOption({ label: "Bagian Kesejahteraan Rakyat Setda" });
  await secretariat.getByLabel("Tenggat", { exact: true }).fill("2030-10-31");
  await secretariat.getByLabel("Langkah 1", { exact: true }).fill("Kumpulkan data marbot");
  await secretariat.getByRole("button", { name: "Simpan tindak lanjut" }).click();
  await expect(secretariat.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const actionPath = new URL(secretariat.url()).pathname;
  expect(actionPath).toMatch(/^\/actions\/\d+$/);

  // The head of Bagian Kesra signs in on the second server and reports progress, with a file, on the first.
  const phone = await browser.newContext();
  const kesra = await phone.newPage();
  await signInPage(kesra, SECOND, demo.agencyHead);
  await kesra.goto(`${FIRST}${actionPath}`);
  await expect(kesra.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await kesra.getByRole("button", { name: "Tandai selesai: Kumpulkan data marbot" }).click();
  await expect(kesra.getByText("1 dari 1 selesai")).toBeVisible();
  const pdf = evidencePdf();
  await kesra.getByLabel("Apa yang sudah dikerjakan?").fill("Data 120 marbot terkumpul.");
  await kesra.getByLabel("Persentase selesai (0–100)").fill("60");
  await kesra.getByLabel("Bukti (foto, PDF, spreadsheet)").setInputFiles({ name: "data-marbot.pdf", mimeType: "application/pdf", buffer: pdf });
  await kesra.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(kesra.getByText("Laporan kemajuan tersimpan.")).toBeVisible();

  // The secretariat sees it on the second server, and the file comes down byte for byte from the
  // second server and through nginx (whichever server nginx picks).
  await secretariat.goto(`${SECOND}${actionPath}`);
  const link = secretariat.getByRole("link", { name: /data-marbot\.pdf/ }).first();
  await expect(link).toBeVisible();
  const href = (await link.getAttribute("href"))!;
  for (const base of [SECOND, PUBLIC_URL, PUBLIC_URL]) {
    const download = await secretariat.request.get(`${base}${href}`);
    expect(download.status(), `evidence from ${base}`).toBe(200);
    expect(download.headers()["content-disposition"]).toContain("attachment");
    expect(Buffer.compare(await download.body(), pdf), `evidence from ${base} is the file uploaded`).toBe(0);
  }

  // Logging out through nginx ends the session on both servers: the cookie copied before opens nothing.
  const copied = (await desk.cookies())
    .filter((c) => c.name === SESSION_COOKIE)
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");
  await secretariat.goto(`${PUBLIC_URL}/`);
  await secretariat.getByRole("button", { name: "Keluar", exact: true }).click();
  await expect(secretariat).toHaveURL(`${PUBLIC_URL}/login`);
  const replay = await client({ cookie: copied });
  try {
    for (const base of [FIRST, SECOND]) {
      const page = await replay.get(`${base}/`, { maxRedirects: 0 });
      expect([303, 307], `GET / on ${base} with the old cookie`).toContain(page.status());
      expect(page.headers()["location"], `GET / on ${base} with the old cookie`).toMatch(/\/login(\?|$)/);
      const evidence = await replay.get(`${base}${href}`, { maxRedirects: 0 });
      expect(evidence.status(), `the evidence on ${base} with the old cookie`).not.toBe(200);
      expect(await (await replay.get(`${base}/api/auth/session`)).json(), `the session on ${base}`).toBeNull();
    }
  } finally {
    await replay.dispose();
  }
  // The agency head, signed in elsewhere, is still in.
  await kesra.goto(`${SECOND}${actionPath}`);
  await expect(kesra.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await desk.close();
  await phone.close();
});
