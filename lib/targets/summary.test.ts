import { describe, expect, it } from "vitest";
import { summarise } from "./summary";

const sector = (id: number, code: string) => ({ id, code, nameId: code, nameEn: code });
const inputs = {
  target: {
    workingPopulation: 120_000,
    baselineParticipants: 40_320,
    baselineCoveragePct: "33.60",
    targetCoveragePct: "40.00",
    targetParticipantsStated: 50_000,
    deadline: "2025-12-31",
  },
  rule: { minIncreasePct: 20 },
  sectors: [
    { sector: sector(1, "religious"), target: { baselineParticipants: 850, targetParticipants: 2_600 } },
    { sector: sector(2, "cooperatives"), target: { baselineParticipants: 600, targetParticipants: 1_500 } },
    { sector: sector(3, "others"), target: null },
  ],
  realised: [
    { sectorId: 1, month: "2025-01-01", newParticipants: 40 },
    { sectorId: 2, month: "2025-01-01", newParticipants: 15 },
    { sectorId: 1, month: "2025-02-01", newParticipants: 35 },
    { sectorId: 2, month: "2025-02-01", newParticipants: -5 },
  ],
  byAgency: [
    { agencyId: 7, agencyName: "BKAD", status: "open" as const, n: 2 },
    { agencyId: 7, agencyName: "BKAD", status: "blocked" as const, n: 1 },
    { agencyId: 8, agencyName: "Kesra", status: "verified" as const, n: 1 },
  ],
  contributions: [{ sectorId: 1, expectedOpen: 1_750, verified: 0 }],
  today: "2025-03-10",
};

describe("the dashboard summary", () => {
  it("adds each sector's monthly figures to its baseline, corrections included", () => {
    const s = summarise(inputs);
    expect(s.sectors.map((x) => [x.code, x.current, x.target])).toEqual([
      ["religious", 925, 2_600],
      ["cooperatives", 610, 1_500],
      ["others", 0, null],
    ]);
    expect(s.sectors[0]?.pctOfTarget).toBeCloseTo(35.58, 1);
    expect(s.sectors[0]?.expectedOpen).toBe(1_750);
  });

  it("draws realised months, then the projection at the current pace up to the deadline month", () => {
    const s = summarise(inputs);
    expect(s.trend.map((p) => p.month)).toEqual([
      "2025-01-01",
      "2025-02-01",
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
    expect(s.trend[1]).toMatchObject({ participants: 40_405 });
    expect(s.trend.at(-1)?.participants).toBeNull();
    expect(s.trend.at(-1)?.projected).toBeCloseTo(((40_405 + 42.5 * 10) / 120_000) * 100, 5);
    expect(s.projection?.monthsLeft).toBe(9);
  });

  // The card's "projected at the deadline" and the chart's last point come from one computation;
  // they once disagreed (36.0 % on the card, about 38 % at the chart's end) because each projected
  // on its own, the card from today and the chart from the last month with data.
  const demoMonths = [
    ["2025-01-01", [40, 120, 15]],
    ["2025-02-01", [35, 90, 20]],
    ["2025-03-01", [55, 150, 10]],
    ["2025-04-01", [30, 110, -5]],
    ["2025-05-01", [45, 130, 25]],
  ] as const;
  const demoRealised = demoMonths.flatMap(([month, ns]) => ns.map((n, i) => ({ sectorId: i + 1, month, newParticipants: n })));
  it.each([
    // The demo opened on 29 November 2026: 870 more in five months, 174 a month carried from May to December 2025.
    { name: "deadline passed, data stop in May", today: "2026-11-29", realised: demoRealised, projected: 41_190 + 174 * 7, lastMonth: "2025-12-01" },
    {
      name: "mid-year, data stop two months before today",
      today: "2025-06-15",
      realised: inputs.realised,
      projected: 40_405 + 42.5 * 10,
      lastMonth: "2025-12-01",
    },
    {
      name: "data reach the deadline's month",
      today: "2026-01-05",
      realised: [
        { sectorId: 1, month: "2025-11-01", newParticipants: 300 },
        { sectorId: 1, month: "2025-12-01", newParticipants: 100 },
      ],
      projected: 40_720,
      lastMonth: "2025-12-01",
    },
    {
      name: "a shrinking month does not project a shrinking regency",
      today: "2025-06-15",
      realised: [{ sectorId: 2, month: "2025-04-01", newParticipants: -120 }],
      projected: 40_200,
      lastMonth: "2025-12-01",
    },
  ])("shows one projection on the card and at the chart's end: $name", ({ today, realised, projected, lastMonth }) => {
    const s = summarise({ ...inputs, today, realised });
    const end = s.trend.at(-1)!;
    expect(end.month).toBe(lastMonth);
    expect(s.projection?.projected).toBeCloseTo(projected, 6);
    expect(s.projection?.projectedPct).toBeCloseTo((projected / 120_000) * 100, 6);
    expect(end.projected).toBe(s.projection?.projectedPct);
  });

  it("ends the realised line at the card's current coverage", () => {
    const s = summarise({ ...inputs, today: "2026-11-29", realised: demoRealised });
    const lastRealised = s.trend.filter((p) => p.coverage !== null).at(-1)!;
    expect(lastRealised).toMatchObject({ month: "2025-05-01", participants: 41_190 });
    expect(lastRealised.coverage).toBe(s.projection?.currentPct);
    expect(s.projection?.currentPct).toBeCloseTo(34.325, 6);
  });

  it("counts actions by status per agency", () => {
    const s = summarise(inputs);
    expect(s.agencies).toEqual([
      { agencyId: 7, agencyName: "BKAD", counts: { open: 2, in_progress: 0, blocked: 1, done: 0, verified: 0 }, total: 3 },
      { agencyId: 8, agencyName: "Kesra", counts: { open: 0, in_progress: 0, blocked: 0, done: 0, verified: 1 }, total: 1 },
    ]);
  });

  it("shows sectors and actions even without a regional target, and no projection", () => {
    const s = summarise({ ...inputs, target: null });
    expect(s.projection).toBeNull();
    expect(s.trend).toEqual([]);
    expect(s.sectors).toHaveLength(3);
  });

  it("flags that the sector baselines do not add up to the regional one", () => {
    const s = summarise(inputs);
    expect(s.contradictions.map((c) => c.kind)).toContain("sectorsDisagree");
  });
});
