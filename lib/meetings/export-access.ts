import "server-only";
import { notFound, routeUser } from "@/lib/http";
import { witaParts } from "@/lib/i18n/dates";
import { parseId } from "@/lib/ids";
import { agendaTitle, CARRY_OVER_TITLE } from "./carry-over";
import { getMeetingDetail, type MeetingDetail } from "./queries";

/** For export route handlers (in routeHandler): the meeting if the signed-in user may read it, else a refusal. */
export async function meetingForExport(params: Promise<{ id: string }>): Promise<MeetingDetail> {
  const user = await routeUser("meeting.read");
  const id = parseId((await params).id) ?? notFound();
  const meeting = (await getMeetingDetail({ actor: user, id })) ?? notFound();
  // Exports are the official record, in Indonesian even when the review item was saved from the English form.
  return { ...meeting, agenda: meeting.agenda.map((a) => ({ ...a, title: agendaTitle(a, CARRY_OVER_TITLE) })) };
}

export function fileStem(meeting: { id: number; startsAt: Date }): string {
  return `rapat-${meeting.id}-${witaParts(meeting.startsAt).date}`;
}
