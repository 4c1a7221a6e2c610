/**
 * Coverage arithmetic. Every figure the dashboard shows follows from stored inputs through these
 * functions, so that a reader can see why two reported figures differ (DOMAIN.md).
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

/** Participants needed to reach `targetPct` of `population` from `current`; never negative. */
export function participantsNeeded(targetPct: number, population: number, current: number): number {
  return Math.max(0, Math.ceil((targetPct / 100) * population) - current);
}

/** The working population a stated "N more participants" implies for a rise from baseline to target. */
export function impliedPopulation(statedNeeded: number, baselinePct: number, targetPct: number): number | null {
  const rise = targetPct - baselinePct;
  if (!(rise > 0) || !(statedNeeded > 0)) return null;
  return Math.round(statedNeeded / (rise / 100));
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

export interface Projection {
  current: number;
  currentPct: number | null;
  targetParticipants: number;
  needed: number;
  /** Average new participants per month over the months with data. */
  pace: number | null;
  /** Participants per month still needed to reach the target by the deadline. */
  paceNeeded: number | null;
  monthsLeft: number;
  projected: number | null;
  projectedPct: number | null;
  reached: boolean;
  deadlinePassed: boolean;
  onTrack: boolean | null;
}

/**
 * Where the regency stands and where the current pace takes it by the deadline.
 * `months` are the realised months of the period, in any order.
 */
export function project(input: {
  baselineParticipants: number; population: number; targetPct: number; deadline: string; today: string; months: MonthFigure[];
}): Projection {
  const added = input.months.reduce((sum, m) => sum + m.newParticipants, 0);
  const current = input.baselineParticipants + added;
  const targetParticipants = Math.ceil((input.targetPct / 100) * Math.max(0, input.population));
  const needed = Math.max(0, targetParticipants - current);
  const left = monthsLeft(input.today, input.deadline);
  const deadlinePassed = input.today > input.deadline;
  const pace = input.months.length > 0 ? added / input.months.length : null;
  const projected = pace === null ? null : current + Math.max(0, pace) * left;
  const reached = targetParticipants > 0 && current >= targetParticipants;
  return {
    current,
    currentPct: coveragePct(current, input.population),
    targetParticipants,
    needed,
    pace,
    paceNeeded: needed === 0 ? 0 : left > 0 ? Math.ceil(needed / left) : null,
    monthsLeft: left,
    projected,
    projectedPct: projected === null ? null : coveragePct(projected, input.population),
    reached,
    deadlinePassed,
    onTrack: reached ? true : projected === null ? null : projected >= targetParticipants,
  };
}

export type Contradiction =
  | { kind: "baselineMismatch"; statedPct: number; computedPct: number }
  | { kind: "statedNeededMismatch"; stated: number; computed: number; impliedPopulation: number | null }
  | { kind: "belowRuleMinimum"; targetPct: number; minimumPct: number }
  | { kind: "sectorsDisagree"; sectorsBaseline: number; regionBaseline: number };

/** Inputs that cannot all be true at once, as the article's own figures show. */
export function contradictions(input: {
  population: number; baselineParticipants: number; baselinePct: number; targetPct: number;
  statedNeeded: number | null; ruleIncreasePct: number; sectorsBaseline: number | null;
}): Contradiction[] {
  const found: Contradiction[] = [];
  const computedPct = coveragePct(input.baselineParticipants, input.population);
  if (computedPct !== null && Math.abs(computedPct - input.baselinePct) > 0.5) {
    found.push({ kind: "baselineMismatch", statedPct: input.baselinePct, computedPct });
  }
  if (input.statedNeeded !== null && input.statedNeeded > 0) {
    const computed = participantsNeeded(input.targetPct, input.population, input.baselineParticipants);
    if (Math.abs(computed - input.statedNeeded) > Math.max(100, 0.1 * input.statedNeeded)) {
      found.push({ kind: "statedNeededMismatch", stated: input.statedNeeded, computed, impliedPopulation: impliedPopulation(input.statedNeeded, input.baselinePct, input.targetPct) });
    }
  }
  const minimumPct = ruleMinimumPct(input.baselinePct, input.ruleIncreasePct);
  if (input.targetPct + 1e-9 < minimumPct) found.push({ kind: "belowRuleMinimum", targetPct: input.targetPct, minimumPct });
  if (input.sectorsBaseline !== null && input.sectorsBaseline !== input.baselineParticipants) {
    found.push({ kind: "sectorsDisagree", sectorsBaseline: input.sectorsBaseline, regionBaseline: input.baselineParticipants });
  }
  return found;
}
