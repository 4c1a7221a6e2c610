import { eq, exists, or, sql, type SQL } from "drizzle-orm";
import { attendees, meetings } from "@/db/schema";
import type { Actor } from "@/lib/authz";

/**
 * Which meetings a user may read, as a where-clause every meeting query includes:
 * the secretariat and admin see all; agency heads those their agency (or they) were invited to;
 * reviewers and viewers the finalized ones and those they were invited to.
 */
export function meetingScope(actor: Actor): SQL | undefined {
  const invitedPersonally = exists(
    sql`(select 1 from ${attendees} where ${attendees.meetingId} = ${meetings.id} and ${attendees.userId} = ${actor.id})`,
  );
  switch (actor.role) {
    case "admin":
    case "secretariat":
      return undefined;
    case "agency_head":
      return or(
        invitedPersonally,
        actor.agencyId === null
          ? sql`false`
          : exists(sql`(select 1 from ${attendees} where ${attendees.meetingId} = ${meetings.id} and ${attendees.agencyId} = ${actor.agencyId})`),
      );
    case "reviewer":
    case "viewer":
      return or(eq(meetings.status, "minutes_final"), invitedPersonally);
  }
}
