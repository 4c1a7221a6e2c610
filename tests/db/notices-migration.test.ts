import { rmSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { asc } from "drizzle-orm";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { noticeText } from "@/lib/notifications/notices";
import { migrationsBefore, migrationsFolder } from "../support/migrations";

const client = new PGlite();
const db = drizzle(client, { schema, casing: "snake_case" });
let before: string;

const sentences: Array<[kind: string, message: string]> = [
  ["assigned", "Tindak lanjut baru: Pendataan imam masjid (tenggat 2026-12-10)."],
  ["assigned", "Tindak lanjut dialihkan ke kantor Anda: Pendataan imam masjid."],
  ["due_soon", "Jatuh tempo 2026-12-31: Anggaran iuran APBD."],
  ["overdue", "Terlambat sejak 2025-09-01: Sosialisasi di pasar."],
  ["returned", "Dikembalikan untuk diperbaiki: Sosialisasi di pasar. Catatan: Lampirkan daftar nama."],
  ["verified", "Diverifikasi BPJS Ketenagakerjaan: Sosialisasi di pasar."],
  ["minutes_final", "Notulen final: Rakor BPJS TK. Mohon setujui notulen atau ajukan keberatan."],
  ["assigned", "Teks yang ditulis tangan."],
];

beforeAll(async () => {
  before = migrationsBefore("0003_notices_in_reader_language");
  await migrate(db, { migrationsFolder: before });
  await client.exec(`insert into users (email, name, password_hash, role) values ('sekda@example.test', 'Sekda', 'x', 'secretariat')`);
  for (const [kind, message] of sentences) {
    await client.query(`insert into notifications (user_id, kind, message) values (1, $1, $2)`, [kind, message]);
  }
  await migrate(db, { migrationsFolder });
});
afterAll(async () => {
  await client.close();
  rmSync(before, { recursive: true, force: true });
});

describe("notices written as Indonesian sentences before the migration", () => {
  it("become a kind with parameters, or legacy text when the sentence has no known shape", async () => {
    const rows = await db
      .select({ kind: schema.notifications.kind, params: schema.notifications.params })
      .from(schema.notifications)
      .orderBy(asc(schema.notifications.id));
    expect(rows).toEqual([
      { kind: "assigned", params: { title: "Pendataan imam masjid", dueDate: "2026-12-10" } },
      { kind: "reassigned", params: { title: "Pendataan imam masjid" } },
      { kind: "due_soon", params: { title: "Anggaran iuran APBD", dueDate: "2026-12-31" } },
      { kind: "overdue", params: { title: "Sosialisasi di pasar", dueDate: "2025-09-01" } },
      { kind: "returned", params: { title: "Sosialisasi di pasar", comment: "Lampirkan daftar nama." } },
      { kind: "verified", params: { title: "Sosialisasi di pasar" } },
      { kind: "minutes_final", params: { title: "Rakor BPJS TK" } },
      { kind: "legacy", params: { text: "Teks yang ditulis tangan." } },
    ]);
    expect(noticeText("en", rows[0]!)).toBe("New follow-up action: Pendataan imam masjid (due December 10, 2026).");
    expect(noticeText("id", rows[0]!)).toBe("Tindak lanjut baru: Pendataan imam masjid (tenggat 10 Desember 2026).");
    expect(noticeText("en", rows[7]!)).toBe("Teks yang ditulis tangan.");
  });

  it("keep every user reading Indonesian until they switch", async () => {
    const [user] = await db.select({ locale: schema.users.locale }).from(schema.users);
    expect(user?.locale).toBe("id");
  });
});
