import { createHash } from "node:crypto";
import { and, eq, gt, inArray } from "drizzle-orm";
import { verify } from "argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { DEMO_PASSWORD, demoLogins, regionLogins } from "@/db/seed/logins";
import { overseerRoles, regencyRoles } from "@/db/schema/enums";
import { checkEvidence } from "@/lib/actions/rules";
import { freshDatabase } from "../support/database";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await freshDatabase({ seed: true });
});
afterAll(() => handle.close());

describe("the Sinjai demo seed", () => {
  it("has one working login for every role of a regency", async () => {
    const rows = await handle.db.select().from(s.users);
    for (const role of regencyRoles) expect(rows.some((u) => u.role === role && u.active)).toBe(true);
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

  it("shows how every finished action with a figure got there: a report by its agency head, with that figure and evidence, before it was done", async () => {
    const db = handle.db;
    const finished = await db
      .select({ action: s.actionItems, link: s.actionTargets })
      .from(s.actionItems)
      .innerJoin(s.actionTargets, eq(s.actionTargets.actionItemId, s.actionItems.id))
      .where(and(inArray(s.actionItems.status, ["done", "verified"]), gt(s.actionTargets.reportedContribution, 0)));
    // The reviewer's queue opens on at least one action reported done, and one is already verified.
    expect(finished.map((f) => f.action.status).sort()).toEqual(["done", "verified"]);
    for (const { action, link } of finished) {
      const updates = await db
        .select({ update: s.progressUpdates, author: s.users })
        .from(s.progressUpdates)
        .innerJoin(s.users, eq(s.users.id, s.progressUpdates.authorId))
        .where(eq(s.progressUpdates.actionItemId, action.id));
      const report = updates.find((u) => u.update.figureAchieved === link.reportedContribution);
      expect(report, action.title).toBeDefined();
      expect(report!.update.body.trim().length).toBeGreaterThan(20);
      expect(report!.author).toMatchObject({ role: "agency_head", agencyId: action.ownerAgencyId });
      expect(report!.update.createdAt.getTime()).toBeLessThan(action.completedAt!.getTime());
      if (action.status === "verified") expect(link.verifiedContribution).toBe(link.reportedContribution);

      const files = await db.select().from(s.evidenceFiles).where(eq(s.evidenceFiles.progressUpdateId, report!.update.id));
      expect(files.length, action.title).toBeGreaterThan(0);
      for (const f of files) {
        expect(checkEvidence(f.fileName, f.content)).toEqual({ ok: true, contentType: f.contentType });
        expect(f.sizeBytes).toBe(f.content.byteLength);
        expect(f.sha256).toBe(createHash("sha256").update(f.content).digest("hex"));
        // The recap's total is the figure reported.
        expect(new TextDecoder().decode(f.content)).toMatch(new RegExp(`^Jumlah;${link.reportedContribution}$`, "m"));
      }

      const history = await db
        .select()
        .from(s.history)
        .where(and(eq(s.history.entityType, "action_item"), eq(s.history.entityId, action.id)));
      const when = (op: string) => history.find((h) => h.operation === op)?.createdAt.getTime() ?? Number.NaN;
      expect(when("create")).toBeLessThan(when("progress"));
      expect(when("progress")).toBeLessThan(when("status"));
      if (action.status === "verified") expect(when("status")).toBeLessThan(when("verify"));
    }
  });
});

describe("the demo's region", () => {
  it("holds a working login for every role above the regency, in a region tenant", async () => {
    const [region] = await handle.owner.select().from(s.tenants).where(eq(s.tenants.slug, "sulsel"));
    expect(region).toMatchObject({ kind: "region", demo: true });
    const rows = await handle.owner.select().from(s.users).where(eq(s.users.tenantId, region!.id));
    expect(rows.map((u) => u.email).sort()).toEqual(regionLogins.map((l) => l.email).sort());
    for (const role of overseerRoles) expect(rows.some((u) => u.role === role && u.active)).toBe(true);
    expect(await verify(rows[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
  });
});
