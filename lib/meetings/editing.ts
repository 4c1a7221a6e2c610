import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { meetings } from "@/db/schema";
import { FieldError } from "@/lib/errors";
import { isLocked } from "./rules";
import { refreshMeetingSearch } from "./search";

type MeetingRow = typeof meetings.$inferSelect;

/**
 * Locks a meeting for a change inside a transaction. Final minutes refuse changes unless the
 * caller is an amendment; a stale `version` means someone else saved first.
 */
export async function lockMeeting(
  tx: Transaction,
  meetingId: number,
  options: { allowFinal?: boolean; version?: number } = {},
): Promise<MeetingRow> {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for("update");
  if (!meeting) throw new FieldError("form", "notFound");
  if (isLocked(meeting.status) && !options.allowFinal) throw new FieldError("form", "meetingLocked");
  if (options.version !== undefined && options.version !== meeting.version) throw new FieldError("form", "staleMeeting");
  return meeting;
}

/** Marks the meeting changed: a new version, a new timestamp and a fresh search index. */
export async function touchMeeting(tx: Transaction, meetingId: number): Promise<void> {
  await tx.update(meetings).set({ version: sql`${meetings.version} + 1`, updatedAt: sql`now()` }).where(eq(meetings.id, meetingId));
  await refreshMeetingSearch(tx, meetingId);
}
