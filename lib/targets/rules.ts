import { z } from "zod";
import { figureSources } from "@/db/schema/enums";
import { isoDateField as isoDate, idField, numberField, optionalNumberField, versionField } from "@/lib/form-fields";

/**
 * Coverage arithmetic. Every figure the dashboard shows follows from stored inputs through these
 * functions, so that a reader can see why two reported figures differ (docs/domain.md).
 */

/** Participants as a percentage of the working population, or null when there is no population. */
export function coveragePct(participants: number, population: number): number | null {
  if (!(population > 0)) return null;
  return (participants / population) * 100;
}

/** The least target the rule allows: the previous achievement raised by `increasePct` percent of itself. */
export function ruleMinimumPct(previousPct: number, increasePct: number): number {
  return Math.min(100, previousPct * (1 + increasePct / 100));
}

/** Participants that make `targetPct` of `population`, rounded up: a target is reached, not approached. */
export function targetParticipants(targetPct: number, population: number): number {
  return Math.ceil((targetPct / 100) * Math.max(0, population));
}

/** Participants needed to reach `targetPct` of `population` from `current`; never negative. */
export function participantsNeeded(targetPct: number, population: number, current: number): number {
  return Math.max(0, targetParticipants(targetPct, population) - current);
}

/** The working population a stated "N more participants" implies for a rise from baseline to target. */
export function impliedPopulation(statedNeeded: number, baselinePct: number, targetPct: number): number | null {
  const rise = targetPct - baselinePct;
  if (!(rise > 0) || !(statedNeeded > 0)) return null;
  return Math.round(statedNeeded / (rise / 100));
}

/** The first day of the month after the month of `iso`, YYYY-MM-01. */
export function nextMonth(iso: string): string {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

/** Whole months from the month of `fromIso` to the month of the deadline (0 when it has passed). */
export function monthsLeft(fromIso: string, deadlineIso: string): number {
  const [fy, fm] = fromIso.split("-").map(Number) as [number, number];
  const [dy, dm] = deadlineIso.split("-").map(Number) as [number, number];
  return Math.max(0, (dy - fy) * 12 + (dm - fm));
}

export interface MonthFigure {
  /** First day of the month, YYYY-MM-01. */
  month: string;
  /** New participants that month; negative for a correction. */
  newParticipants: number;
}

/** Participants at the end of a month. */
export interface MonthParticipants {
  month: string;
  participants: number;
}

export interface Projection {
  current: number;
  currentPct: number | null;
  targetParticipants: number;
  needed: number;
  /** Average new participants per month over the months with data. */
  pace: number | null;
  /** Participants per month still needed, from today, to reach the target by the deadline. */
  paceNeeded: number | null;
  monthsLeft: number;
  /** Participants at the end of each realised month, oldest first; the last is `current`. */
  realised: MonthParticipants[];
  /**
   * The current pace carried from the last realised month to the deadline's month; it starts at
   * that last realised month and its last point is `projected`, so a chart of it and the
   * projected figure can never disagree.
   */
  path: MonthParticipants[];
  projected: number | null;
  projectedPct: number | null;
  reached: boolean;
  deadlinePassed: boolean;
  onTrack: boolean | null;
}

/** A long deadline must not draw an endless line. */
const MAX_PROJECTED_MONTHS = 120;

/**
 * Where the regency stands and where the current pace takes it by the deadline.
 * `months` are the realised figures of the period, in any order; one month may come in parts
 * (one per sector). The projection runs from the last month with data, not from today: once the
 * deadline has passed without data for its last months, the figure at the deadline is still a
 * projection.
 */
export function project(input: {
  baselineParticipants: number;
  population: number;
  targetPct: number;
  deadline: string;
  today: string;
  months: MonthFigure[];
}): Projection {
  const byMonth = new Map<string, number>();
  for (const m of input.months) byMonth.set(m.month, (byMonth.get(m.month) ?? 0) + m.newParticipants);
  let running = input.baselineParticipants;
  const realised = [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, n]) => ({ month, participants: (running += n) }));
  const current = running;
  const pace = realised.length > 0 ? (current - input.baselineParticipants) / realised.length : null;

  const path: MonthParticipants[] = [];
  const last = realised.at(-1);
  if (last && pace !== null) {
    const deadlineMonth = `${input.deadline.slice(0, 7)}-01`;
    path.push(last);
    for (let month = nextMonth(last.month), p = current; month <= deadlineMonth && path.length <= MAX_PROJECTED_MONTHS; month = nextMonth(month)) {
      p += Math.max(0, pace);
      path.push({ month, participants: p });
    }
  }
  const projected = path.at(-1)?.participants ?? null;

  const goal = targetParticipants(input.targetPct, input.population);
  const needed = participantsNeeded(input.targetPct, input.population, current);
  const left = monthsLeft(input.today, input.deadline);
  const reached = goal > 0 && current >= goal;
  return {
    current,
    currentPct: coveragePct(current, input.population),
    targetParticipants: goal,
    needed,
    pace,
    paceNeeded: needed === 0 ? 0 : left > 0 ? Math.ceil(needed / left) : null,
    monthsLeft: left,
    realised,
    path,
    projected,
    projectedPct: projected === null ? null : coveragePct(projected, input.population),
    reached,
    deadlinePassed: input.today > input.deadline,
    onTrack: reached ? true : projected === null ? null : projected >= goal,
  };
}

export type Contradiction =
  | { kind: "baselineMismatch"; statedPct: number; computedPct: number }
  | { kind: "statedNeededMismatch"; stated: number; computed: number; impliedPopulation: number | null }
  | { kind: "belowRuleMinimum"; targetPct: number; minimumPct: number }
  | { kind: "sectorsDisagree"; sectorsBaseline: number; regionBaseline: number };

/** Inputs that cannot all be true at once, as the article's own figures show. */
export function contradictions(input: {
  population: number;
  baselineParticipants: number;
  baselinePct: number;
  targetPct: number;
  statedNeeded: number | null;
  ruleIncreasePct: number;
  sectorsBaseline: number | null;
}): Contradiction[] {
  const found: Contradiction[] = [];
  const computedPct = coveragePct(input.baselineParticipants, input.population);
  if (computedPct !== null && Math.abs(computedPct - input.baselinePct) > 0.5) {
    found.push({ kind: "baselineMismatch", statedPct: input.baselinePct, computedPct });
  }
  if (input.statedNeeded !== null && input.statedNeeded > 0) {
    const computed = participantsNeeded(input.targetPct, input.population, input.baselineParticipants);
    if (Math.abs(computed - input.statedNeeded) > Math.max(100, 0.1 * input.statedNeeded)) {
      found.push({
        kind: "statedNeededMismatch",
        stated: input.statedNeeded,
        computed,
        impliedPopulation: impliedPopulation(input.statedNeeded, input.baselinePct, input.targetPct),
      });
    }
  }
  const minimumPct = ruleMinimumPct(input.baselinePct, input.ruleIncreasePct);
  if (input.targetPct + 1e-9 < minimumPct) found.push({ kind: "belowRuleMinimum", targetPct: input.targetPct, minimumPct });
  if (input.sectorsBaseline !== null && input.sectorsBaseline !== input.baselineParticipants) {
    found.push({ kind: "sectorsDisagree", sectorsBaseline: input.sectorsBaseline, regionBaseline: input.baselineParticipants });
  }
  return found;
}

export interface PeriodSpan {
  id: number;
  year: number;
  startsOn: string;
  endsOn: string;
}

/** The period asked for, else the one holding today, else the latest; `periods` come newest first. */
export function pickPeriod<P extends PeriodSpan>(periods: P[], today: string, requested?: number): P | null {
  return periods.find((p) => p.id === requested) ?? periods.find((p) => p.startsOn <= today && today <= p.endsOn) ?? periods[0] ?? null;
}

export type PeriodStanding =
  | { ended: false }
  | {
      ended: true;
      endsOn: string;
      /** The period that holds today, when there is one, to point the reader to. */
      current: { id: number; year: number } | null;
      /** The year that would hold today, when no period does yet. */
      todayYear: number;
    };

/**
 * Whether a period is over by `today`. A dashboard opened long after its period (the demo's 2025,
 * read in 2026) must say so, or its overdue actions and passed deadline read as today's news.
 */
export function periodStanding(period: PeriodSpan, periods: PeriodSpan[], today: string): PeriodStanding {
  if (today <= period.endsOn) return { ended: false };
  const current = periods.find((p) => p.startsOn <= today && today <= p.endsOn);
  return { ended: true, endsOn: period.endsOn, current: current ? { id: current.id, year: current.year } : null, todayYear: Number(today.slice(0, 4)) };
}

// ---- forms ---------------------------------------------------------------------------------------

const count = (min = 0) => numberField({ min, max: 100_000_000 });
const optionalCount = optionalNumberField({ min: 0, max: 100_000_000 });
const pct = numberField({ min: 0, max: 100, decimals: true, message: "percentValue" });
const provenance = { source: z.enum(figureSources, { error: "invalid" }), dataDate: isoDate };

export const sectorSchema = z.object({
  id: z.preprocess((v) => (v === "" ? undefined : v), idField().optional()),
  code: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "required")
    .max(40, "tooLong")
    .regex(/^[a-z0-9_-]+$/, "codeFormat"),
  nameId: z.string().trim().min(1, "required").max(120, "tooLong"),
  nameEn: z.string().trim().min(1, "required").max(120, "tooLong"),
  descriptionId: z.string().trim().max(1000, "tooLong").default(""),
  descriptionEn: z.string().trim().max(1000, "tooLong").default(""),
  active: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
});
export type SectorInput = z.output<typeof sectorSchema>;

export const periodSchema = z.object({ year: numberField({ min: 2000, max: 2100, message: "year" }) });

export const coverageTargetSchema = z.object({
  periodId: idField(),
  // 0 while the period has no target yet; a save over someone else's newer one is refused.
  version: versionField.default(0),
  workingPopulation: count(1),
  baselineParticipants: count(),
  baselineCoveragePct: pct,
  targetCoveragePct: pct,
  targetParticipantsStated: optionalCount,
  deadline: isoDate,
  notes: z.string().trim().max(2000, "tooLong").default(""),
  ...provenance,
});
export type CoverageTargetInput = z.output<typeof coverageTargetSchema>;

export const sectorTargetSchema = z
  .object({
    periodId: idField(),
    sectorId: idField(),
    version: versionField.default(0),
    baselineParticipants: count(),
    targetParticipants: count(),
    eligiblePopulation: optionalCount,
    ...provenance,
  })
  .refine((t) => t.eligiblePopulation === null || t.targetParticipants <= t.eligiblePopulation, {
    path: ["targetParticipants"],
    message: "targetAboveEligible",
  });
export type SectorTargetInput = z.output<typeof sectorTargetSchema>;

export const ruleSchema = z.object({
  minIncreasePct: pct,
  legalReference: z.string().trim().min(1, "required").max(300, "tooLong"),
});

export const realisationSchema = z.object({
  sectorId: idField(),
  month: z
    .string()
    .trim()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "monthFormat"),
  newParticipants: count(-100_000_000),
  activeParticipants: count(),
  ...provenance,
});
export type RealisationInput = z.output<typeof realisationSchema>;

export const importSchema = z.object({
  mode: z.enum(["preview", "import", "importClean"]),
  ...provenance,
});

/** A sector's participants now: the target's baseline plus every month's new participants since. */
export function participantsNow(baseline: number, months: ReadonlyArray<{ newParticipants: number }>): number {
  return months.reduce((sum, m) => sum + m.newParticipants, baseline);
}
