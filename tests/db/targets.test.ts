import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { importRealisationsCommand, saveCoverageTargetCommand, saveRealisationCommand, saveRuleCommand } from "@/lib/targets/commands";
import { coverageTargetSchema } from "@/lib/targets/rules";
import { checkRows, readSheet } from "@/lib/targets/import";
import { dashboardData, listSectors } from "@/lib/targets/queries";
import { summarise } from "@/lib/targets/summary";
import { actorOf } from "../support/actors";
import { freshDatabase } from "../support/database";

let handle: DatabaseHandle;
let reviewer: Actor;
let secretariat: Actor;
let viewer: Actor;
let periodId = 0;

async function rowsOf(csv: string) {
  return checkRows(await readSheet("f.csv", new TextEncoder().encode(`sektor;bulan;peserta_baru;peserta_aktif\n${csv}`)), await listSectors());
}
async function summary() {
  return summarise(await dashboardData({ actor: viewer, periodId }));
}

beforeAll(async () => {
  handle = await freshDatabase({ seed: true });
  const users = await handle.db.select().from(s.users);
  const as = (role: string) => actorOf(users.find((x) => x.role === role)!);
  reviewer = as("reviewer");
  secretariat = as("secretariat");
  viewer = as("viewer");
  periodId = (await handle.db.select().from(s.periods))[0]!.id;
});
afterAll(() => handle.close());

describe("importing monthly realisation", () => {
  const options = { fileName: "juni.csv", source: "bpjs_branch" as const, dataDate: "2025-07-05", cleanOnly: false };

  it("refuses a dirty file unless asked to import only its clean rows, and then skips the rest", async () => {
    const rows = await rowsOf("Koperasi;2025-06;100;720\nNelayan;2025-06;5;5");
    await expect(importRealisationsCommand(rows, options, reviewer)).rejects.toMatchObject({ key: "importHasErrors" });
    expect(await importRealisationsCommand(rows, { ...options, cleanOnly: true }, reviewer)).toBe(1);
  });

  it("replaces a month on re-import instead of counting it twice, and keeps who and when", async () => {
    const before = (await summary()).projection!.current;
    const rows = await rowsOf("Pekerja keagamaan;2025-06;300;1.200\nUKM;2025-06;500;4.900");
    await importRealisationsCommand(rows, options, reviewer);
    const once = (await summary()).projection!.current;
    expect(once - before).toBe(800);
    await importRealisationsCommand(await rowsOf("Pekerja keagamaan;2025-06;350;1.250\nUKM;2025-06;500;4.900"), options, reviewer);
    expect((await summary()).projection!.current - before).toBe(850);
    const [religious] = await handle.db
      .select()
      .from(s.realisations)
      .innerJoin(s.sectors, eq(s.sectors.id, s.realisations.sectorId))
      .where(and(eq(s.sectors.code, "religious"), eq(s.realisations.month, "2025-06-01")));
    expect(religious?.realisations).toMatchObject({
      newParticipants: 350,
      activeParticipants: 1250,
      source: "bpjs_branch",
      dataDate: "2025-07-05",
      enteredById: reviewer.id,
    });
    const log = await handle.db
      .select()
      .from(s.history)
      .where(and(eq(s.history.entityType, "realisation"), eq(s.history.operation, "import")));
    expect(log.at(-1)?.changes).toMatchObject({
      file: "juni.csv",
      rows: expect.arrayContaining([expect.objectContaining({ from: { new: 300, active: 1200 }, to: { new: 350, active: 1250 } })]),
    });
  });

  it("takes a hand-entered correction as a negative month", async () => {
    const sectorId = (await listSectors()).find((x) => x.code === "cooperatives")!.id;
    const before = (await summary()).sectors.find((x) => x.code === "cooperatives")!.current;
    await saveRealisationCommand(
      { sectorId, month: "2025-08", newParticipants: -20, activeParticipants: 700, source: "bpjs_branch", dataDate: "2025-09-02" },
      reviewer,
    );
    expect((await summary()).sectors.find((x) => x.code === "cooperatives")!.current).toBe(before - 20);
  });
});

describe("targets and the rule", () => {
  it("warns when the target falls below the rule's minimum, and stops once the rule changes", async () => {
    expect((await summary()).contradictions.map((c) => c.kind)).toContain("belowRuleMinimum");
    await saveRuleCommand({ minIncreasePct: 15, legalReference: "Inpres 2/2021" }, secretariat);
    expect((await summary()).contradictions.map((c) => c.kind)).not.toContain("belowRuleMinimum");
  });

  it("keeps every change of the regional target in the history", async () => {
    const input = coverageTargetSchema.parse({
      periodId: String(periodId),
      version: "1",
      workingPopulation: "125.000",
      baselineParticipants: "40.320",
      baselineCoveragePct: "32,3",
      targetCoveragePct: "40",
      targetParticipantsStated: "",
      deadline: "2025-12-31",
      source: "bps",
      dataDate: "2025-08-01",
      notes: "Angka BPS terbaru",
    });
    await saveCoverageTargetCommand(input, secretariat);
    const [target] = await handle.db.select().from(s.coverageTargets);
    expect(target).toMatchObject({ workingPopulation: 125000, baselineCoveragePct: "32.30", source: "bps", version: 2 });
    const [entry] = await handle.db.select().from(s.history).where(eq(s.history.entityType, "coverage_target"));
    expect(entry?.changes).toMatchObject({ workingPopulation: { from: 120000, to: 125000 } });
  });

  it("refuses a save over a newer regional target, as stale, and keeps the newer one", async () => {
    const [current] = await handle.db.select().from(s.coverageTargets).where(eq(s.coverageTargets.periodId, periodId));
    const form = {
      periodId: String(periodId),
      workingPopulation: "130.000",
      baselineParticipants: "40.320",
      baselineCoveragePct: "31",
      targetCoveragePct: "40",
      targetParticipantsStated: "",
      deadline: "2025-12-31",
      source: "bps",
      dataDate: "2025-09-01",
    };
    await expect(saveCoverageTargetCommand(coverageTargetSchema.parse({ ...form, version: String(current!.version - 1) }), secretariat)).rejects.toMatchObject({
      key: "staleTarget",
    });
    // A form opened before the period had a target (version 0) cannot overwrite the one created since.
    await expect(saveCoverageTargetCommand(coverageTargetSchema.parse(form), secretariat)).rejects.toMatchObject({ key: "staleTarget" });
    const [after] = await handle.db.select().from(s.coverageTargets).where(eq(s.coverageTargets.periodId, periodId));
    expect(after).toMatchObject({ workingPopulation: current!.workingPopulation, version: current!.version });
  });
});
