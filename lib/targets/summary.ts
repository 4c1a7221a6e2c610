import type { ActionStatus } from "@/db/schema/enums";
import { contradictions, coveragePct, project, ruleMinimumPct, type Contradiction, type Projection } from "./rules";

interface Inputs {
  target: {
    workingPopulation: number;
    baselineParticipants: number;
    baselineCoveragePct: string;
    targetCoveragePct: string;
    targetParticipantsStated: number | null;
    deadline: string;
  } | null;
  rule: { minIncreasePct: number };
  sectors: Array<{
    sector: { id: number; code: string; nameId: string; nameEn: string };
    target: { baselineParticipants: number; targetParticipants: number } | null;
  }>;
  realised: Array<{ sectorId: number; month: string; newParticipants: number }>;
  byAgency: Array<{ agencyId: number; agencyName: string; status: ActionStatus; n: number }>;
  contributions: Array<{ sectorId: number; expectedOpen: number; verified: number }>;
  today: string;
}

export interface SectorProgress {
  id: number;
  code: string;
  nameId: string;
  nameEn: string;
  baseline: number;
  target: number | null;
  current: number;
  added: number;
  pctOfTarget: number | null;
  expectedOpen: number;
  verifiedByActions: number;
}

export interface TrendPoint {
  month: string;
  participants: number | null;
  coverage: number | null;
  projected: number | null;
  target: number | null;
}

export interface DashboardSummary {
  projection: Projection | null;
  baselinePct: number | null;
  targetPct: number | null;
  ruleMinimumPct: number | null;
  contradictions: Contradiction[];
  sectors: SectorProgress[];
  trend: TrendPoint[];
  agencies: Array<{ agencyId: number; agencyName: string; counts: Record<ActionStatus, number>; total: number }>;
}

/** Turns the stored inputs of one period into what the dashboard draws. Pure, so it is tested alone. */
export function summarise(input: Inputs): DashboardSummary {
  const sectorsOut: SectorProgress[] = input.sectors.map(({ sector, target }) => {
    const added = input.realised.filter((r) => r.sectorId === sector.id).reduce((s, r) => s + r.newParticipants, 0);
    const baseline = target?.baselineParticipants ?? 0;
    const c = input.contributions.find((x) => x.sectorId === sector.id);
    return {
      id: sector.id,
      code: sector.code,
      nameId: sector.nameId,
      nameEn: sector.nameEn,
      baseline,
      target: target?.targetParticipants ?? null,
      current: baseline + added,
      added,
      pctOfTarget: target && target.targetParticipants > 0 ? ((baseline + added) / target.targetParticipants) * 100 : null,
      expectedOpen: c?.expectedOpen ?? 0,
      verifiedByActions: c?.verified ?? 0,
    };
  });

  const statuses: ActionStatus[] = ["open", "in_progress", "blocked", "done", "verified"];
  const agencyMap = new Map<number, { agencyId: number; agencyName: string; counts: Record<ActionStatus, number>; total: number }>();
  for (const row of input.byAgency) {
    const entry = agencyMap.get(row.agencyId) ?? {
      agencyId: row.agencyId,
      agencyName: row.agencyName,
      counts: Object.fromEntries(statuses.map((s) => [s, 0])) as Record<ActionStatus, number>,
      total: 0,
    };
    entry.counts[row.status] += row.n;
    entry.total += row.n;
    agencyMap.set(row.agencyId, entry);
  }

  const t = input.target;
  if (!t) {
    return {
      projection: null,
      baselinePct: null,
      targetPct: null,
      ruleMinimumPct: null,
      contradictions: [],
      sectors: sectorsOut,
      trend: [],
      agencies: [...agencyMap.values()],
    };
  }
  const baselinePct = Number(t.baselineCoveragePct);
  const targetPct = Number(t.targetCoveragePct);
  const projection = project({
    baselineParticipants: t.baselineParticipants,
    population: t.workingPopulation,
    targetPct,
    deadline: t.deadline,
    today: input.today,
    months: input.realised,
  });
  const sectorsWithTargets = input.sectors.filter((s) => s.target);
  const found = contradictions({
    population: t.workingPopulation,
    baselineParticipants: t.baselineParticipants,
    baselinePct,
    targetPct,
    statedNeeded: t.targetParticipantsStated,
    ruleIncreasePct: input.rule.minIncreasePct,
    sectorsBaseline: sectorsWithTargets.length > 0 ? sectorsWithTargets.reduce((s, x) => s + (x.target?.baselineParticipants ?? 0), 0) : null,
  });

  // The chart draws the projection's own months, so its line ends where the card's figure is.
  const pct = (participants: number) => coveragePct(participants, t.workingPopulation);
  const trend: TrendPoint[] = projection.realised.map((r) => ({
    month: r.month,
    participants: r.participants,
    coverage: pct(r.participants),
    projected: null,
    target: targetPct,
  }));
  const [anchor, ...ahead] = projection.path;
  if (anchor) trend[trend.length - 1]!.projected = pct(anchor.participants);
  for (const m of ahead) trend.push({ month: m.month, participants: null, coverage: null, projected: pct(m.participants), target: targetPct });
  return {
    projection,
    baselinePct,
    targetPct,
    ruleMinimumPct: ruleMinimumPct(baselinePct, input.rule.minIncreasePct),
    contradictions: found,
    sectors: sectorsOut,
    trend,
    agencies: [...agencyMap.values()],
  };
}
