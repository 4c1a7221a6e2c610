import { describe, expect, it } from "vitest";
import {
  contradictions,
  coveragePct,
  impliedPopulation,
  monthsLeft,
  participantsNeeded,
  participantsNow,
  periodStanding,
  pickPeriod,
  project,
  ruleMinimumPct,
  targetParticipants,
} from "./rules";

describe("coverage arithmetic", () => {
  it("computes coverage and refuses a zero population", () => {
    expect(coveragePct(27_636, 79_388)).toBeCloseTo(34.81, 2);
    expect(coveragePct(10, 0)).toBeNull();
  });

  it("applies the rule as a relative increase (33.6 x 1.2 = 40.32)", () => {
    expect(ruleMinimumPct(33.6, 20)).toBeCloseTo(40.32, 5);
    expect(ruleMinimumPct(90, 20)).toBe(100);
  });

  it("rounds the participants of a target up, so that reaching them reaches the target", () => {
    expect(targetParticipants(40, 120_000)).toBe(48_000);
    expect(targetParticipants(40.01, 120_000)).toBe(48_012);
    expect(targetParticipants(40, -5)).toBe(0);
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
    const p = project({
      ...base,
      today: "2025-06-15",
      months: [
        { month: "2025-01-01", newParticipants: 1_000 },
        { month: "2025-02-01", newParticipants: 1_200 },
        { month: "2025-03-01", newParticipants: -500 },
      ],
    });
    expect(p.current).toBe(42_020);
    expect(p.pace).toBeCloseTo(566.67, 1);
    // From March, the last month with data, to December: nine months at the current pace.
    expect(p.projected).toBeCloseTo(42_020 + 566.67 * 9, 0);
    expect(p.path.map((m) => m.month)).toEqual([
      "2025-03-01",
      "2025-04-01",
      "2025-05-01",
      "2025-06-01",
      "2025-07-01",
      "2025-08-01",
      "2025-09-01",
      "2025-10-01",
      "2025-11-01",
      "2025-12-01",
    ]);
    expect(p.onTrack).toBe(false);
    expect(p.paceNeeded).toBe(Math.ceil(5_980 / 6));
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
  const sinjai = {
    population: 120_000,
    baselineParticipants: 40_320,
    baselinePct: 33.6,
    targetPct: 40,
    statedNeeded: 50_000,
    ruleIncreasePct: 20,
    sectorsBaseline: 40_320,
  };

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

describe("the period a page shows", () => {
  const y2025 = { id: 1, year: 2025, startsOn: "2025-01-01", endsOn: "2025-12-31" };
  const y2026 = { id: 2, year: 2026, startsOn: "2026-01-01", endsOn: "2026-12-31" };

  it.each([
    { name: "the one asked for", periods: [y2026, y2025], today: "2026-11-29", requested: 1, id: 1 },
    { name: "the one holding today", periods: [y2026, y2025], today: "2026-11-29", requested: undefined, id: 2 },
    { name: "the latest when none holds today", periods: [y2025], today: "2026-11-29", requested: undefined, id: 1 },
    { name: "the latest when the one asked for does not exist", periods: [y2026, y2025], today: "2027-03-01", requested: 9, id: 2 },
  ])("is $name", ({ periods, today, requested, id }) => {
    expect(pickPeriod(periods, today, requested)?.id).toBe(id);
  });

  it.each([
    { name: "running on its last day", period: y2025, periods: [y2025], today: "2025-12-31", standing: { ended: false } },
    {
      name: "over, with no period for today (the demo read in 2026)",
      period: y2025,
      periods: [y2025],
      today: "2026-11-29",
      standing: { ended: true, endsOn: "2025-12-31", current: null, todayYear: 2026 },
    },
    {
      name: "over, pointing to the period that holds today",
      period: y2025,
      periods: [y2026, y2025],
      today: "2026-11-29",
      standing: { ended: true, endsOn: "2025-12-31", current: { id: 2, year: 2026 }, todayYear: 2026 },
    },
    { name: "not yet begun", period: y2026, periods: [y2026, y2025], today: "2025-11-29", standing: { ended: false } },
  ])("is $name", ({ period, periods, today, standing }) => {
    expect(periodStanding(period, periods, today)).toEqual(standing);
  });
});

describe("participantsNow", () => {
  it("adds each month's new participants, losses included, to the baseline", () => {
    expect(participantsNow(1000, [])).toBe(1000);
    expect(participantsNow(1000, [{ newParticipants: 40 }, { newParticipants: -5 }, { newParticipants: 15 }])).toBe(1050);
  });
});
