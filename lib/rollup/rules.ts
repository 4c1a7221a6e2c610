import type { FigureSource } from "@/db/schema/enums";
import { pickPeriod } from "@/lib/targets/rules";
import { summarise } from "@/lib/targets/summary";

/**
 * The roll-up across regencies, as pure functions over the grouped rows lib/rollup/queries.ts
 * reads. Each regency's figures come from the same `summarise` (and its `project`) the regency's
 * own dashboard draws, so the two can never disagree.
 */

export interface RegencyRef {
  id: number;
  slug: string;
  name: string;
  demo: boolean;
}

/** The grouped reads, each row carrying its regency's tenant id. */
export interface RollupInputs {
  regencies: RegencyRef[];
  periods: Array<{
    tenantId: number;
    id: number;
    year: number;
    startsOn: string;
    endsOn: string;
    target: {
      workingPopulation: number;
      baselineParticipants: number;
      baselineCoveragePct: string;
      targetCoveragePct: string;
      targetParticipantsStated: number | null;
      deadline: string;
    } | null;
  }>;
  /** Realised new participants per regency, period and month (every sector summed), with the month's latest data date and its source. */
  realised: Array<{ tenantId: number; periodId: number; month: string; newParticipants: number; dataDate: string; source: FigureSource }>;
  rules: Array<{ tenantId: number; value: unknown }>;
  overdue: Array<{ tenantId: number; n: number }>;
  /** Meetings held per regency and period (by their WITA date). */
  meetingsHeld: Array<{ tenantId: number; periodId: number; n: number }>;
  today: string;
}

export interface RollupRow {
  regency: RegencyRef;
  period: { id: number; year: number } | null;
  hasTarget: boolean;
  currentPct: number | null;
  targetPct: number | null;
  /** Coverage as a share of the target (33,6 % of a 40 % target is 84 %): what the ranking orders by. */
  shareOfTarget: number | null;
  /** Participants per month still needed to reach the target by its deadline; null once the deadline has passed. */
  paceNeeded: number | null;
  needed: number | null;
  deadline: string | null;
  deadlinePassed: boolean;
  onTrack: boolean | null;
  reached: boolean;
  /** The latest realised month, its data date and source: how old the coverage figure is. */
  latest: { month: string; dataDate: string; source: FigureSource } | null;
  overdueActions: number;
  meetingsHeld: number;
}

/** Coverage as a percentage of the target; null without both. */
export function shareOfTarget(currentPct: number | null, targetPct: number | null): number | null {
  if (currentPct === null || targetPct === null || !(targetPct > 0)) return null;
  return (currentPct / targetPct) * 100;
}

/** Highest share of target first; regencies without a figure last; ties by name. */
export function rankRows<R extends Pick<RollupRow, "shareOfTarget" | "regency">>(rows: readonly R[]): R[] {
  return [...rows].sort((a, b) => {
    if (a.shareOfTarget === null || b.shareOfTarget === null) {
      if (a.shareOfTarget !== b.shareOfTarget) return a.shareOfTarget === null ? 1 : -1;
    } else if (a.shareOfTarget !== b.shareOfTarget) return b.shareOfTarget - a.shareOfTarget;
    return a.regency.name.localeCompare(b.regency.name, "id");
  });
}

/** The stored coverage rule over its defaults (as lib/targets/queries.ts reads it). */
function ruleOf(value: unknown): { minIncreasePct: number } {
  return { minIncreasePct: 20, ...(value as Partial<{ minIncreasePct: number }> | null | undefined) };
}

function groupBy<T extends { tenantId: number }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) map.set(row.tenantId, [...(map.get(row.tenantId) ?? []), row]);
  return map;
}

/** One row per regency, for the period each regency's dashboard opens on (the one holding today, else its latest), ranked. */
export function rollupRows(input: RollupInputs): RollupRow[] {
  const periods = groupBy(input.periods);
  const realised = groupBy(input.realised);
  const rules = new Map(input.rules.map((r) => [r.tenantId, r.value]));
  const overdue = new Map(input.overdue.map((r) => [r.tenantId, r.n]));
  const meetingsHeld = new Map(input.meetingsHeld.map((r) => [`${r.tenantId}:${r.periodId}`, r.n]));
  const rows = input.regencies.map((regency): RollupRow => {
    // Newest first, as the dashboard's period list: pickPeriod falls back to the first.
    const own = [...(periods.get(regency.id) ?? [])].sort((a, b) => b.year - a.year);
    const period = pickPeriod(own, input.today);
    const months = (realised.get(regency.id) ?? []).filter((r) => period !== null && r.periodId === period.id);
    const summary = period
      ? summarise({
          target: period.target,
          rule: ruleOf(rules.get(regency.id)),
          sectors: [],
          realised: months.map((m) => ({ sectorId: 0, month: m.month, newParticipants: m.newParticipants })),
          byAgency: [],
          contributions: [],
          today: input.today,
        })
      : null;
    const p = summary?.projection ?? null;
    const last = [...months].sort((a, b) => a.month.localeCompare(b.month)).at(-1);
    const currentPct = p?.currentPct ?? null;
    const targetPct = summary?.targetPct ?? null;
    return {
      regency,
      period: period ? { id: period.id, year: period.year } : null,
      hasTarget: p !== null,
      currentPct,
      targetPct,
      shareOfTarget: shareOfTarget(currentPct, targetPct),
      paceNeeded: p?.paceNeeded ?? null,
      needed: p?.needed ?? null,
      deadline: period?.target?.deadline ?? null,
      deadlinePassed: p?.deadlinePassed ?? false,
      onTrack: p?.onTrack ?? null,
      reached: p?.reached ?? false,
      latest: last ? { month: last.month, dataDate: last.dataDate, source: last.source } : null,
      overdueActions: overdue.get(regency.id) ?? 0,
      meetingsHeld: period ? (meetingsHeld.get(`${regency.id}:${period.id}`) ?? 0) : 0,
    };
  });
  return rankRows(rows);
}
