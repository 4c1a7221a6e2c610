import "server-only";
import { can } from "@/lib/authz";
import { requireApiUser } from "@/lib/auth/session";
import { witaParts } from "@/lib/i18n/dates";
import { parseId } from "@/lib/ids";
import { agendaTitle, CARRY_OVER_TITLE } from "./carry-over";
import { getMeetingDetail, type MeetingDetail } from "./queries";

/** For export route handlers: the meeting if the signed-in user may read it, else the HTTP answer. */
export async function meetingForExport(params: Promise<{ id: string }>): Promise<MeetingDetail | Response> {
  const user = await requireApiUser();
  if (user instanceof Response) return user;
  if (!can(user, "meeting.read")) return new Response("Forbidden", { status: 403 });
  const id = parseId((await params).id);
  const meeting = id === null ? null : await getMeetingDetail({ actor: user, id });
  if (!meeting) return new Response("Not found", { status: 404 });
  // Exports are the official record, in Indonesian even when the review item was saved from the English form.
  return { ...meeting, agenda: meeting.agenda.map((a) => ({ ...a, title: agendaTitle(a, CARRY_OVER_TITLE) })) };
}

export function fileStem(meeting: { id: number; startsAt: Date }): string {
  return `rapat-${meeting.id}-${witaParts(meeting.startsAt).date}`;
}
