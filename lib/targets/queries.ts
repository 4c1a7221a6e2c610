import "server-only";
import { and, asc, count, desc, eq, gte, lt, lte, notInArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  actionItems,
  actionTargets,
  agencies,
  commitments,
  coverageFigures,
  coverageTargets,
  meetings,
  periods,
  realisations,
  sectorTargets,
  sectors,
  settings,
} from "@/db/schema";
import { readableActions, readableMeetings, type Actor } from "@/lib/policy";
import { todayInWita } from "@/lib/i18n/dates";
import { pickPeriod } from "./rules";

export interface CoverageRule {
  minIncreasePct: number;
  legalReference: string;
}

export async function getCoverageRule(): Promise<CoverageRule> {
  const [row] = await getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, "coverage_rule"));
  return coverageRuleFrom(row?.value);
}

/** The stored rule over its defaults. */
function coverageRuleFrom(value: unknown): CoverageRule {
  return { minIncreasePct: 20, legalReference: "Permendagri No. 5 Tahun 2024", ...(value as Partial<CoverageRule> | null | undefined) };
}

export async function listPeriods() {
  return getDb().select().from(periods).orderBy(desc(periods.year));
}

export async function listSectors({ activeOnly = false } = {}) {
  return getDb()
    .select()
    .from(sectors)
    .where(activeOnly ? eq(sectors.active, true) : undefined)
    .orderBy(asc(sectors.position), asc(sectors.id));
}

/** The period asked for, else the one holding today, else the latest. */
export async function choosePeriod(requested?: number) {
  return pickPeriod(await listPeriods(), todayInWita(), requested);
}

/** Everything the management page shows for one period. */
export async function periodTargets(periodId: number) {
  const db = getDb();
  const [[target], sectorRows, realised] = await Promise.all([
    db.select().from(coverageTargets).where(eq(coverageTargets.periodId, periodId)),
    db
      .select({ sector: sectors, target: sectorTargets })
      .from(sectors)
      .leftJoin(sectorTargets, and(eq(sectorTargets.sectorId, sectors.id), eq(sectorTargets.periodId, periodId)))
      .orderBy(asc(sectors.position), asc(sectors.id)),
    periodRealisations(periodId),
  ]);
  return { target: target ?? null, sectors: sectorRows, realised };
}

/** The monthly realisation rows that fall in a period, oldest first. */
export async function periodRealisations(periodId: number) {
  // One statement: the period's dates are joined, not read first.
  return getDb()
    .select({
      id: realisations.id,
      sectorId: realisations.sectorId,
      month: realisations.month,
      newParticipants: realisations.newParticipants,
      activeParticipants: realisations.activeParticipants,
      source: realisations.source,
      dataDate: realisations.dataDate,
      enteredAt: realisations.enteredAt,
    })
    .from(realisations)
    .innerJoin(periods, and(eq(periods.id, periodId), gte(realisations.month, periods.startsOn), lte(realisations.month, periods.endsOn)))
    .orderBy(asc(realisations.month), asc(realisations.sectorId));
}

/** The dashboard of one period, in a handful of queries. */
export async function dashboardData({ actor, periodId }: { actor: Actor; periodId: number }) {
  const db = getDb();
  const today = todayInWita();
  const open = notInArray(actionItems.status, ["done", "verified"]);
  const scope = readableActions(actor);
  const [sectorRows, realised, targetAndFigures, byAgency, overdue, contributions] = await Promise.all([
    db
      .select({ sector: sectors, target: sectorTargets })
      .from(sectors)
      .leftJoin(sectorTargets, and(eq(sectorTargets.sectorId, sectors.id), eq(sectorTargets.periodId, periodId)))
      .orderBy(asc(sectors.position), asc(sectors.id)),
    periodRealisations(periodId),
    // The period's target, its published figures (one row each) and the coverage rule: small
    // independent reads, in one statement.
    db
      .select({
        target: coverageTargets,
        figure: coverageFigures,
        rule: sql<unknown>`(select ${settings.value} from ${settings} where ${settings.key} = 'coverage_rule')`.mapWith(settings.value),
      })
      .from(periods)
      .leftJoin(coverageTargets, eq(coverageTargets.periodId, periods.id))
      .leftJoin(coverageFigures, eq(coverageFigures.periodId, periods.id))
      .where(eq(periods.id, periodId))
      .orderBy(desc(coverageFigures.dataDate), desc(coverageFigures.id)),
    db
      .select({ agencyId: agencies.id, agencyName: agencies.shortName, status: actionItems.status, n: count() })
      .from(actionItems)
      .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
      .where(scope)
      .groupBy(agencies.id, agencies.shortName, actionItems.status)
      .orderBy(asc(agencies.shortName)),
    db
      .select({ id: actionItems.id, title: actionItems.title, dueDate: actionItems.dueDate, status: actionItems.status, agencyName: agencies.shortName })
      .from(actionItems)
      .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
      .where(and(scope, open, lt(actionItems.dueDate, today)))
      .orderBy(asc(actionItems.dueDate))
      .limit(10),
    db
      .select({
        sectorId: sectorTargets.sectorId,
        expectedOpen: sql<number>`coalesce(sum(case when ${actionItems.status} not in ('done', 'verified') then ${actionTargets.expectedContribution} else 0 end), 0)::int`,
        verified: sql<number>`coalesce(sum(${actionTargets.verifiedContribution}), 0)::int`,
      })
      .from(actionTargets)
      .innerJoin(sectorTargets, eq(sectorTargets.id, actionTargets.sectorTargetId))
      .innerJoin(actionItems, eq(actionItems.id, actionTargets.actionItemId))
      .where(and(eq(sectorTargets.periodId, periodId), scope))
      .groupBy(sectorTargets.sectorId),
  ]);
  const target = targetAndFigures[0]?.target ?? null;
  const rule = coverageRuleFrom(targetAndFigures[0]?.rule);
  const figures = targetAndFigures.flatMap((r) => (r.figure ? [r.figure] : []));
  return { target, rule, figures, sectors: sectorRows, realised, byAgency, overdue, contributions, today };
}
export type DashboardData = Awaited<ReturnType<typeof dashboardData>>;

/** One sector: its target in the period, monthly figures, linked actions and the meetings that discussed it. */
export async function sectorDetail({ actor, sectorId, periodId }: { actor: Actor; sectorId: number; periodId: number }) {
  const db = getDb();
  const [[sector], [target], [period]] = await Promise.all([
    db.select().from(sectors).where(eq(sectors.id, sectorId)),
    db
      .select()
      .from(sectorTargets)
      .where(and(eq(sectorTargets.sectorId, sectorId), eq(sectorTargets.periodId, periodId))),
    db.select().from(periods).where(eq(periods.id, periodId)),
  ]);
  if (!sector || !period) return null;
  const [months, actions, meetingRows] = await Promise.all([
    db
      .select()
      .from(realisations)
      .where(and(eq(realisations.sectorId, sectorId), gte(realisations.month, period.startsOn), lte(realisations.month, period.endsOn)))
      .orderBy(asc(realisations.month)),
    target
      ? db
          .select({
            id: actionItems.id,
            title: actionItems.title,
            status: actionItems.status,
            dueDate: actionItems.dueDate,
            agencyName: agencies.shortName,
            expected: actionTargets.expectedContribution,
            reported: actionTargets.reportedContribution,
            verified: actionTargets.verifiedContribution,
          })
          .from(actionTargets)
          .innerJoin(actionItems, eq(actionItems.id, actionTargets.actionItemId))
          .innerJoin(agencies, eq(agencies.id, actionItems.ownerAgencyId))
          .where(and(eq(actionTargets.sectorTargetId, target.id), readableActions(actor)))
          .orderBy(asc(actionItems.dueDate))
          .limit(200)
      : Promise.resolve([]),
    db
      .selectDistinct({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
      .from(meetings)
      .where(
        and(
          readableMeetings(actor),
          sql`(
        exists (select 1 from ${commitments} where ${commitments.meetingId} = ${meetings.id} and ${commitments.sectorId} = ${sectorId})
        or exists (select 1 from ${actionItems} join ${actionTargets} on ${actionTargets.actionItemId} = ${actionItems.id}
          where ${actionItems.meetingId} = ${meetings.id} and ${actionTargets.sectorTargetId} = ${target?.id ?? -1}))`,
        ),
      )
      .orderBy(desc(meetings.startsAt))
      .limit(50),
  ]);
  return { sector, target: target ?? null, period, months, actions, meetings: meetingRows };
}
