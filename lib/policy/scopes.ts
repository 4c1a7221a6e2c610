import { and, eq, or, sql, type SQL } from "drizzle-orm";
import { actionItems, actionSupporters, attendees, meetings } from "@/db/schema";
import type { Actor } from "@/lib/authz";

/**
 * Which records an actor may read, as where-clauses every query includes (`undefined`: all).
 * The agency scopes are written as `id = any(array(… union all …))`: each branch is an index
 * scan, and the ids found are looked up by primary key. `owner = X or exists (…)` can only be
 * answered by reading every row, and its inflated cost estimate switched PostgreSQL's JIT on
 * (measured on 40,000 actions: SECURITY.md, "Who reads what").
 */

/** Action items of the actor's regency: agency heads those their agency owns or supports; every other role all of them. */
export function readableActions(actor: Actor): SQL | undefined {
  const tenant = eq(actionItems.tenantId, actor.tenantId);
  if (actor.role !== "agency_head") return tenant;
  if (actor.agencyId === null) return sql`false`;
  return sql`${tenant} and ${actionItems.id} = any(array(
    select own.id from ${actionItems} own where own.owner_agency_id = ${actor.agencyId}
    union all
    select ${actionSupporters.actionItemId} from ${actionSupporters} where ${actionSupporters.agencyId} = ${actor.agencyId}))`;
}

/** The meetings the actor was invited to in person. */
function invitedPersonally(actor: Actor): SQL {
  return sql`${meetings.id} = any(array(select ${attendees.meetingId} from ${attendees} where ${attendees.userId} = ${actor.id}))`;
}

/**
 * Meetings of the actor's regency: the secretariat and admin all; agency heads those their agency (or they) were invited
 * to; reviewers and viewers the finalized ones and those they were invited to.
 */
export function readableMeetings(actor: Actor): SQL | undefined {
  return and(eq(meetings.tenantId, actor.tenantId), meetingsByRole(actor));
}

function meetingsByRole(actor: Actor): SQL | undefined {
  switch (actor.role) {
    case "admin":
    case "secretariat":
      return undefined;
    case "agency_head":
      if (actor.agencyId === null) return invitedPersonally(actor);
      return sql`${meetings.id} = any(array(
        select ${attendees.meetingId} from ${attendees} where ${attendees.agencyId} = ${actor.agencyId}
        union all
        select ${attendees.meetingId} from ${attendees} where ${attendees.userId} = ${actor.id}))`;
    case "reviewer":
    case "viewer":
      return or(eq(meetings.status, "minutes_final"), invitedPersonally(actor));
    // A region holds no meetings; a regency's are counted by the roll-up (lib/rollup), never listed.
    case "province_viewer":
    case "regional_reviewer":
    case "platform_admin":
      return sql`false`;
  }
}
