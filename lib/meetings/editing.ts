import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { meetings } from "@/db/schema";
import { FieldError } from "@/lib/errors";
import { isLocked } from "./rules";
import { refreshMeetingSearch } from "./search";

type MeetingRow = typeof meetings.$inferSelect;

/**
 * The parts of a meeting that forms edit independently, each with its own version (ARCHITECTURE.md,
 * "Versions"): `details` (title, time, place, chair, agenda list) and `minutes` (summary,
 * conclusions, agenda notes, finalising). Attendance rows carry their own version; statements and
 * commitments are added and removed, never edited in place, so they hold none.
 */
export type MeetingPart = "details" | "minutes";

/**
 * Locks a meeting for a change inside a transaction. Final minutes refuse changes unless the
 * caller is an amendment; a stale `expected` version of the part the form edits means someone
 * else saved that part first.
 */
export async function lockMeeting(
  tx: Transaction,
  meetingId: number,
  options: { allowFinal?: boolean; expected?: { part: MeetingPart; version: number } } = {},
): Promise<MeetingRow> {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for("update");
  if (!meeting) throw new FieldError("form", "notFound");
  if (isLocked(meeting.status) && !options.allowFinal) throw new FieldError("form", "meetingLocked");
  const expected = options.expected;
  if (expected && expected.version !== (expected.part === "details" ? meeting.version : meeting.minutesVersion)) {
    throw new FieldError("form", "staleMeeting");
  }
  return meeting;
}

/**
 * Marks the meeting changed: a new timestamp and a fresh search index, and a new version of the
 * part that changed (none for attendance, statements and commitments, so an open form on another
 * part does not go stale).
 */
export async function touchMeeting(tx: Transaction, meetingId: number, part?: MeetingPart): Promise<void> {
  const bump =
    part === "details" ? { version: sql`${meetings.version} + 1` } : part === "minutes" ? { minutesVersion: sql`${meetings.minutesVersion} + 1` } : {};
  await tx
    .update(meetings)
    .set({ ...bump, updatedAt: sql`now()` })
    .where(eq(meetings.id, meetingId));
  await refreshMeetingSearch(tx, meetingId);
}
