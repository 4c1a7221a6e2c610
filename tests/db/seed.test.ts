import { eq } from "drizzle-orm";
import { verify } from "argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { DEMO_PASSWORD, demoLogins } from "@/db/seed/logins";
import { roles } from "@/db/schema/enums";
import { freshDatabase } from "../support/database";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await freshDatabase({ seed: true });
});
afterAll(() => handle.close());

describe("the Sinjai demo seed", () => {
  it("has one working login for every role", async () => {
    const rows = await handle.db.select().from(s.users);
    for (const role of roles) expect(rows.some((u) => u.role === role && u.active)).toBe(true);
    expect(rows.map((u) => u.email).sort()).toEqual(demoLogins.map((l) => l.email).sort());
    expect(await verify(rows[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("holds the meeting of 11 June 2025 as the article reports it", async () => {
    const [meeting] = await handle.db.select().from(s.meetings);
    expect(meeting?.title).toMatch(/Universal Coverage/);
    expect(meeting?.chairName).toBe("Andi Jefrianto Asapa");
    expect(meeting?.place).toMatch(/Ruang Sekda/);
    // 09:00 WITA is 01:00 UTC.
    expect(meeting?.startsAt.toISOString()).toBe("2025-06-11T01:00:00.000Z");
    const attendees = await handle.db.select().from(s.attendees).where(eq(s.attendees.meetingId, meeting!.id));
    const names = attendees.map((a) => a.name);
    for (const name of ["Andi Nurisma", "Andi Ilham Abubakar", "Yuhadi Samad", "Haerani Dahlah", "H. Ramlan Hamid", "Hj. Kamriah Yusuf"]) {
      expect(names).toContain(name);
    }
    const statements = await handle.db.select().from(s.statements).where(eq(s.statements.meetingId, meeting!.id));
    expect(statements.map((x) => x.body).join(" ")).toMatch(/33,6 persen/);
    expect(statements.map((x) => x.body).join(" ")).toMatch(/melebihi 40 persen/);
  });

  it("keeps the coverage figures with their source and the three focus sectors", async () => {
    const [target] = await handle.db.select().from(s.coverageTargets);
    expect(target?.baselineCoveragePct).toBe("33.60");
    expect(target?.targetCoveragePct).toBe("40.00");
    expect(target?.targetParticipantsStated).toBe(50000);
    const sectors = await handle.db.select().from(s.sectors);
    expect(sectors.map((x) => x.code)).toEqual(expect.arrayContaining(["religious", "ukm", "cooperatives"]));
    const [rule] = await handle.db.select().from(s.settings).where(eq(s.settings.key, "coverage_rule"));
    expect(rule?.value).toEqual({ minIncreasePct: 20, legalReference: "Permendagri No. 5 Tahun 2024" });
  });

  it("gives every attending agency follow-up actions", async () => {
    const actions = await handle.db.select().from(s.actionItems);
    const agencies = await handle.db.select().from(s.agencies);
    for (const code of ["BKAD", "DPMD", "BAPPEDA", "DISKOPUKMNAKER", "KESRA"]) {
      const agency = agencies.find((a) => a.code === code)!;
      expect(actions.filter((a) => a.ownerAgencyId === agency.id).length).toBeGreaterThanOrEqual(2);
    }
  });
});
