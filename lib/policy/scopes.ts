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

/**
 * A part of an actor's action scope. `byKey`: its actions are looked up one by one from a set of ids
 * (no index reads them in the list's order), so reading the part once costs about what one ordered
 * read of it costs: a statement that needs several groups of it reads it once.
 */
export interface ActionScopePart {
  where: SQL;
  byKey: boolean;
}

/**
 * `readableActions` as disjoint parts whose union is exactly it, each one an index reads in the
 * action list's order: for an agency head the actions its agency owns
 * (action_items_owner_list_order_idx) and those it supports without owning them (its
 * action_supporters rows, each action looked up by key); for every other role one part, the regency. A list takes its
 * first rows from each part and the page from their union (lib/actions/queries.ts), so a page
 * reads about the rows it shows, not the agency's whole history.
 */
export function readableActionParts(actor: Actor): [ActionScopePart, ...ActionScopePart[]] {
  const tenant = eq(actionItems.tenantId, actor.tenantId);
  if (actor.role !== "agency_head") return [{ where: tenant, byKey: false }];
  if (actor.agencyId === null) return [{ where: sql`false`, byKey: false }];
  return [
    { where: sql`${tenant} and ${actionItems.ownerAgencyId} = ${actor.agencyId}`, byKey: false },
    // Driven from the agency's supporter rows (an array, looked up by key): as a semi-join the planner may walk the
    // whole list index in order looking for a rare match (a board column of 21 supported open actions read 40,000 rows).
    {
      where: sql`${tenant} and ${actionItems.ownerAgencyId} <> ${actor.agencyId} and ${actionItems.id} = any(array(
      select ${actionSupporters.actionItemId} from ${actionSupporters} where ${actionSupporters.agencyId} = ${actor.agencyId}))`,
      byKey: true,
    },
  ];
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
