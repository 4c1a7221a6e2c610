import { describe, expect, it } from "vitest";
import { contradictions, coveragePct, impliedPopulation, monthsLeft, participantsNeeded, project, ruleMinimumPct } from "./rules";

describe("coverage arithmetic", () => {
  it("computes coverage and refuses a zero population", () => {
    expect(coveragePct(27_636, 79_388)).toBeCloseTo(34.81, 2);
    expect(coveragePct(10, 0)).toBeNull();
  });

  it("applies the rule as a relative increase (33.6 x 1.2 = 40.32)", () => {
    expect(ruleMinimumPct(33.6, 20)).toBeCloseTo(40.32, 5);
    expect(ruleMinimumPct(90, 20)).toBe(100);
  });

  it("needs nothing more once the target is reached", () => {
    expect(participantsNeeded(40, 120_000, 40_320)).toBe(7_680);
    expect(participantsNeeded(40, 120_000, 50_000)).toBe(0);
  });

  it("shows the population that 50,000 more participants for 6.4 points implies", () => {
    expect(impliedPopulation(50_000, 33.6, 40)).toBe(781_250);
    expect(impliedPopulation(50_000, 40, 40)).toBeNull();
  });

  it("counts months to the deadline, none once it has passed", () => {
    expect(monthsLeft("2025-06-15", "2025-12-31")).toBe(6);
    expect(monthsLeft("2026-01-10", "2025-12-31")).toBe(0);
  });
});

describe("projection to the deadline", () => {
  const base = { baselineParticipants: 40_320, population: 120_000, targetPct: 40, deadline: "2025-12-31" };

  it("has no pace and no projection before any data", () => {
    const p = project({ ...base, today: "2025-06-15", months: [] });
    expect(p).toMatchObject({ current: 40_320, pace: null, projected: null, onTrack: null, needed: 7_680, paceNeeded: 1_280, monthsLeft: 6 });
  });

  it("projects the current pace, negative corrections included", () => {
    const p = project({ ...base, today: "2025-06-15", months: [
      { month: "2025-01-01", newParticipants: 1_000 }, { month: "2025-02-01", newParticipants: 1_200 }, { month: "2025-03-01", newParticipants: -200 },
    ] });
    expect(p.current).toBe(42_320);
    expect(p.pace).toBeCloseTo(666.67, 1);
    expect(p.projected).toBeCloseTo(42_320 + 4_000, 0);
    expect(p.onTrack).toBe(false);
    expect(p.paceNeeded).toBe(Math.ceil(5_680 / 6));
  });

  it("does not project a shrinking regency when the pace is negative", () => {
    const p = project({ ...base, today: "2025-06-15", months: [{ month: "2025-01-01", newParticipants: -300 }] });
    expect(p.projected).toBe(40_020);
  });

  it("is on track once the target is reached, even past the deadline", () => {
    const p = project({ ...base, today: "2026-02-01", months: [{ month: "2025-05-01", newParticipants: 8_000 }] });
    expect(p).toMatchObject({ reached: true, onTrack: true, needed: 0, paceNeeded: 0, deadlinePassed: true, monthsLeft: 0 });
  });

  it("has no pace to ask for once the deadline passed short of the target", () => {
    const p = project({ ...base, today: "2026-02-01", months: [{ month: "2025-05-01", newParticipants: 100 }] });
    expect(p).toMatchObject({ reached: false, deadlinePassed: true, paceNeeded: null, onTrack: false });
  });

  it("survives a zero population", () => {
    const p = project({ ...base, population: 0, today: "2025-06-15", months: [] });
    expect(p.currentPct).toBeNull();
    expect(p.targetParticipants).toBe(0);
  });
});

describe("contradictions in the inputs", () => {
  const sinjai = { population: 120_000, baselineParticipants: 40_320, baselinePct: 33.6, targetPct: 40, statedNeeded: 50_000, ruleIncreasePct: 20, sectorsBaseline: 40_320 };

  it("flags the article's figures: 50,000 more cannot be 6.4 points of 120,000 workers, and 40 % is below 33.6 x 1.2", () => {
    const found = contradictions(sinjai);
    expect(found).toEqual([
      { kind: "statedNeededMismatch", stated: 50_000, computed: 7_680, impliedPopulation: 781_250 },
      { kind: "belowRuleMinimum", targetPct: 40, minimumPct: expect.closeTo(40.32, 5) },
    ]);
  });

  it("flags a baseline that does not match its own numerator and denominator, and sectors that do not add up", () => {
    const found = contradictions({ ...sinjai, baselineParticipants: 30_000, statedNeeded: null, targetPct: 41, sectorsBaseline: 40_320 });
    expect(found.map((f) => f.kind)).toEqual(["baselineMismatch", "sectorsDisagree"]);
  });

  it("finds nothing in consistent inputs", () => {
    expect(contradictions({ ...sinjai, statedNeeded: 7_700, targetPct: 40.5 })).toEqual([]);
  });
});
