import { eq, exists, or, sql, type SQL } from "drizzle-orm";
import { actionItems, actionSupporters } from "@/db/schema";
import type { Actor } from "@/lib/authz";

/**
 * Which action items a user may read: agency heads those their agency owns or supports,
 * every other role all of them.
 */
export function actionScope(actor: Actor): SQL | undefined {
  if (actor.role !== "agency_head") return undefined;
  if (actor.agencyId === null) return sql`false`;
  return or(
    eq(actionItems.ownerAgencyId, actor.agencyId),
    exists(sql`(select 1 from ${actionSupporters} where ${actionSupporters.actionItemId} = ${actionItems.id} and ${actionSupporters.agencyId} = ${actor.agencyId})`),
  );
}
