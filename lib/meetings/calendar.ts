import { createEvent, type DateArray } from "ics";

const utcParts = (d: Date): DateArray => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];

/** A calendar invitation (.ics) for a meeting; an open end is taken as two hours. */
export function meetingInvitation(meeting: {
  id: number; title: string; startsAt: Date; endsAt: Date | null; place: string; onlineUrl: string | null;
  chairName: string; agenda: Array<{ position: number; title: string }>; updatedAt: Date; version: number; status: string;
}, origin: string): string {
  const end = meeting.endsAt ?? new Date(meeting.startsAt.getTime() + 2 * 3600_000);
  const { error, value } = createEvent({
    uid: `meeting-${meeting.id}@kawal`,
    sequence: meeting.version,
    title: meeting.title,
    start: utcParts(meeting.startsAt), startInputType: "utc", startOutputType: "utc",
    end: utcParts(end), endInputType: "utc", endOutputType: "utc",
    location: meeting.place || undefined,
    url: meeting.onlineUrl ?? `${origin}/meetings/${meeting.id}`,
    description: [`Pimpinan rapat: ${meeting.chairName}`, ...meeting.agenda.map((a) => `${a.position}. ${a.title}`), `${origin}/meetings/${meeting.id}`].join("\n"),
    status: "CONFIRMED",
    productId: "kawal/meetings",
    lastModified: utcParts(meeting.updatedAt),
  });
  if (error || !value) throw error ?? new Error("ics: empty calendar");
  return value;
}
