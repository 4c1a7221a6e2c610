import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { meetings } from "@/db/schema";

/** Rebuilds a meeting's full-text index (the SQL function lives in migration 0002). */
export async function refreshMeetingSearch(tx: Executor, meetingId: number): Promise<void> {
  await tx
    .update(meetings)
    .set({ search: sql`meeting_search_vector(${meetings.id})` })
    .where(eq(meetings.id, meetingId));
}
