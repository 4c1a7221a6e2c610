import "server-only";
import { and, asc, count, eq, gte, inArray, lt, lte, notInArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { actionItems, coverageTargets, meetings, oversightGrants, periods, realisations, settings, tenants } from "@/db/schema";
import type { FigureSource } from "@/db/schema/enums";
import type { Actor } from "@/lib/authz";
import { todayInWita } from "@/lib/i18n/dates";
import { withTenants } from "@/lib/tenancy/context";
import type { RegencyRef, RollupInputs } from "./rules";

/**
 * The regencies an overseer reads: those granted to it (oversight_grants, read in its own region
 * tenant), every active regency for a platform admin; nothing for anyone else. One statement.
 */
export async function overseenRegencies(actor: Actor): Promise<RegencyRef[]> {
  const columns = { id: tenants.id, slug: tenants.slug, name: tenants.name, demo: tenants.demo };
  const regency = and(eq(tenants.kind, "regency"), eq(tenants.active, true));
  if (actor.role === "platform_admin") {
    return withTenants([], () => getDb().select(columns).from(tenants).where(regency).orderBy(asc(tenants.name)));
  }
  if (actor.role !== "province_viewer" && actor.role !== "regional_reviewer") return [];
  return withTenants([actor.tenantId], () =>
    getDb()
      .select(columns)
      .from(oversightGrants)
      .innerJoin(tenants, eq(tenants.id, oversightGrants.regencyId))
      .where(and(eq(oversightGrants.tenantId, actor.tenantId), eq(oversightGrants.userId, actor.id), regency))
      .orderBy(asc(tenants.name)),
  );
}

/**
 * Everything the roll-up computes from, for all the given regencies at once: five grouped
 * statements (GROUP BY tenant_id), however many regencies. Runs inside withTenants(the regencies),
 * so row-level security lets through those regencies' rows and no other; the `where` on tenant_id
 * is the application's own first wall.
 */
export async function rollupInputs(regencies: RegencyRef[], now: Date = new Date()): Promise<RollupInputs> {
  const today = todayInWita(now);
  const ids = regencies.map((r) => r.id);
  if (ids.length === 0) return { regencies, periods: [], realised: [], rules: [], overdue: [], meetingsHeld: [], today };
  return withTenants(ids, async () => {
    const db = getDb();
    const [periodRows, realised, rules, overdue, meetingsHeld] = await Promise.all([
      db
        .select({
          tenantId: periods.tenantId,
          id: periods.id,
          year: periods.year,
          startsOn: periods.startsOn,
          endsOn: periods.endsOn,
          target: {
            workingPopulation: coverageTargets.workingPopulation,
            baselineParticipants: coverageTargets.baselineParticipants,
            baselineCoveragePct: coverageTargets.baselineCoveragePct,
            targetCoveragePct: coverageTargets.targetCoveragePct,
            targetParticipantsStated: coverageTargets.targetParticipantsStated,
            deadline: coverageTargets.deadline,
          },
        })
        .from(periods)
        .leftJoin(coverageTargets, and(eq(coverageTargets.tenantId, periods.tenantId), eq(coverageTargets.periodId, periods.id)))
        .where(inArray(periods.tenantId, ids)),
      db
        .select({
          tenantId: realisations.tenantId,
          periodId: periods.id,
          month: realisations.month,
          newParticipants: sql<number>`sum(${realisations.newParticipants})::int`,
          dataDate: sql<string>`max(${realisations.dataDate})::text`,
          // The source of the month's latest figure.
          source: sql<FigureSource>`(array_agg(${realisations.source} order by ${realisations.dataDate} desc, ${realisations.id} desc))[1]`,
        })
        .from(realisations)
        .innerJoin(
          periods,
          and(eq(periods.tenantId, realisations.tenantId), gte(realisations.month, periods.startsOn), lte(realisations.month, periods.endsOn)),
        )
        .where(inArray(realisations.tenantId, ids))
        .groupBy(realisations.tenantId, periods.id, realisations.month),
      db
        .select({ tenantId: settings.tenantId, value: settings.value })
        .from(settings)
        .where(and(inArray(settings.tenantId, ids), eq(settings.key, "coverage_rule"))),
      db
        .select({ tenantId: actionItems.tenantId, n: count() })
        .from(actionItems)
        .where(and(inArray(actionItems.tenantId, ids), notInArray(actionItems.status, ["done", "verified"]), lt(actionItems.dueDate, today)))
        .groupBy(actionItems.tenantId),
      // Meetings held in each of the regency's periods (by their WITA calendar date), so the count
      // sits beside the figures of the same period.
      db
        .select({ tenantId: meetings.tenantId, periodId: periods.id, n: count() })
        .from(meetings)
        .innerJoin(
          periods,
          and(
            eq(periods.tenantId, meetings.tenantId),
            sql`(${meetings.startsAt} at time zone 'Asia/Makassar')::date between ${periods.startsOn} and ${periods.endsOn}`,
          ),
        )
        .where(and(inArray(meetings.tenantId, ids), inArray(meetings.status, ["held", "minutes_final"])))
        .groupBy(meetings.tenantId, periods.id),
    ]);
    return {
      regencies,
      periods: periodRows.map((p) => ({ ...p, target: p.target && p.target.workingPopulation !== null ? p.target : null })),
      realised,
      rules,
      overdue,
      meetingsHeld,
      today,
    };
  });
}
