import "server-only";
import { can } from "@/lib/authz";
import { currentUser } from "@/lib/auth/session";
import { witaParts } from "@/lib/i18n/dates";
import { parseId } from "@/lib/ids";
import { getMeetingDetail, type MeetingDetail } from "./queries";

/** For export route handlers: the meeting if the signed-in user may read it, else the HTTP answer. */
export async function meetingForExport(params: Promise<{ id: string }>): Promise<MeetingDetail | Response> {
  const user = await currentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "meeting.read")) return new Response("Forbidden", { status: 403 });
  const id = parseId((await params).id);
  const meeting = id === null ? null : await getMeetingDetail({ actor: user, id });
  return meeting ?? new Response("Not found", { status: 404 });
}

export function fileStem(meeting: { id: number; startsAt: Date }): string {
  return `rapat-${meeting.id}-${witaParts(meeting.startsAt).date}`;
}
