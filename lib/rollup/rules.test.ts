import { describe, expect, it } from "vitest";
import { project } from "@/lib/targets/rules";
import { rankRows, rollupRows, shareOfTarget, type RollupInputs } from "./rules";

const regency = (id: number, name: string) => ({ id, slug: name.toLowerCase(), name, demo: false });
const period = (tenantId: number, id: number, year: number, baseline: number, target = "40.00") => ({
  tenantId,
  id,
  year,
  startsOn: `${year}-01-01`,
  endsOn: `${year}-12-31`,
  target: {
    workingPopulation: 100000,
    baselineParticipants: baseline,
    baselineCoveragePct: String(baseline / 1000),
    targetCoveragePct: target,
    targetParticipantsStated: null,
    deadline: `${year}-12-31`,
  },
});

function inputs(overrides: Partial<RollupInputs> = {}): RollupInputs {
  return {
    regencies: [regency(1, "Sinjai"), regency(2, "Bone"), regency(3, "Gowa")],
    periods: [period(1, 10, 2025, 33600), period(2, 20, 2025, 36000), period(2, 21, 2024, 1000)],
    realised: [
      { tenantId: 1, periodId: 10, month: "2025-02-01", newParticipants: 400, dataDate: "2025-03-05", source: "bpjs_branch" },
      { tenantId: 1, periodId: 10, month: "2025-03-01", newParticipants: 600, dataDate: "2025-04-07", source: "bappeda" },
      { tenantId: 2, periodId: 21, month: "2024-05-01", newParticipants: 99999, dataDate: "2024-06-01", source: "bps" },
    ],
    rules: [],
    overdue: [{ tenantId: 1, n: 3 }],
    // Bone's dashboard opens on 2025 (period 20): its 2024 meetings are not counted beside 2025's figures.
    meetingsHeld: [
      { tenantId: 2, periodId: 20, n: 2 },
      { tenantId: 2, periodId: 21, n: 5 },
    ],
    today: "2025-06-15",
    ...overrides,
  };
}

describe("shareOfTarget", () => {
  it.each([
    [33.6, 40, 84],
    [40, 40, 100],
    [null, 40, null],
    [30, null, null],
    [30, 0, null],
  ])("%s %% of a %s %% target is %s %%", (current, target, share) => {
    const value = shareOfTarget(current, target);
    if (share === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(share, 10);
  });
});

describe("rankRows", () => {
  it("orders by share of target, regencies without a figure last, ties by name", () => {
    const rows = [
      { regency: regency(1, "Gowa"), shareOfTarget: null },
      { regency: regency(2, "Bone"), shareOfTarget: 80 },
      { regency: regency(3, "Bantaeng"), shareOfTarget: 80 },
      { regency: regency(4, "Sinjai"), shareOfTarget: 95 },
      { regency: regency(5, "Barru"), shareOfTarget: null },
    ];
    expect(rankRows(rows).map((r) => r.regency.name)).toEqual(["Sinjai", "Bantaeng", "Bone", "Barru", "Gowa"]);
  });
});

describe("rollupRows", () => {
  const rows = rollupRows(inputs());
  const byName = (name: string) => rows.find((r) => r.regency.name === name)!;

  it("computes each regency's coverage and pace needed as its own dashboard does", () => {
    const expected = project({
      baselineParticipants: 33600,
      population: 100000,
      targetPct: 40,
      deadline: "2025-12-31",
      today: "2025-06-15",
      months: [
        { month: "2025-02-01", newParticipants: 400 },
        { month: "2025-03-01", newParticipants: 600 },
      ],
    });
    expect(byName("Sinjai").currentPct).toBeCloseTo(34.6, 10);
    expect(byName("Sinjai").currentPct).toBe(expected.currentPct);
    expect(byName("Sinjai").paceNeeded).toBe(expected.paceNeeded);
    // 40,000 - 34,600 = 5,400 over the 6 months from June to December.
    expect(byName("Sinjai").paceNeeded).toBe(900);
  });

  it("uses the period holding today and only its months; the latest month's data date and source", () => {
    expect(byName("Bone").period).toEqual({ id: 20, year: 2025 });
    expect(byName("Bone").currentPct).toBeCloseTo(36, 10);
    expect(byName("Bone").latest).toBeNull();
    expect(byName("Sinjai").latest).toEqual({ month: "2025-03-01", dataDate: "2025-04-07", source: "bappeda" });
  });

  it("ranks by share of target and carries the counts; a regency without a period comes last", () => {
    expect(rows.map((r) => r.regency.name)).toEqual(["Bone", "Sinjai", "Gowa"]);
    expect(byName("Sinjai").overdueActions).toBe(3);
    expect(byName("Bone").meetingsHeld).toBe(2);
    expect(byName("Gowa")).toMatchObject({ period: null, hasTarget: false, shareOfTarget: null, paceNeeded: null, overdueActions: 0, meetingsHeld: 0 });
  });

  it("says the deadline has passed (no pace) once it has", () => {
    const late = rollupRows(inputs({ today: "2026-01-10", periods: [period(1, 10, 2025, 33600)] }));
    expect(late.find((r) => r.regency.name === "Sinjai")).toMatchObject({ deadlinePassed: true, paceNeeded: null });
  });
});
