import { createEvent, type DateArray } from "ics";
import { isWebUrl } from "./rules";

const utcParts = (d: Date): DateArray => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];

export interface Invitee {
  userId: number;
  name: string;
  email: string;
  isChair: boolean;
}

/**
 * A calendar invitation (.ics) for a meeting; an open end is taken as two hours. Invited people
 * with an e-mail address are its attendees and the chair its organizer, so that a calendar shows
 * who is coming; `chairLabel` is "Pimpinan rapat" or "Chair" in the reader's language.
 */
export function meetingInvitation(
  meeting: {
    id: number;
    title: string;
    startsAt: Date;
    endsAt: Date | null;
    place: string;
    onlineUrl: string | null;
    chairUserId: number | null;
    chairName: string;
    agenda: Array<{ position: number; title: string }>;
    updatedAt: Date;
    version: number;
    status: string;
  },
  origin: string,
  { invitees, chairLabel }: { invitees: Invitee[]; chairLabel: string },
): string {
  const end = meeting.endsAt ?? new Date(meeting.startsAt.getTime() + 2 * 3600_000);
  const page = `${origin}/meetings/${meeting.id}`;
  const chair = invitees.find((i) => i.userId === meeting.chairUserId) ?? invitees.find((i) => i.isChair);
  const { error, value } = createEvent({
    uid: `meeting-${meeting.id}@kawal`,
    sequence: meeting.version,
    title: meeting.title,
    start: utcParts(meeting.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcParts(end),
    endInputType: "utc",
    endOutputType: "utc",
    location: meeting.place || undefined,
    // Rows saved before links were limited to http(s) must not break the download.
    url: meeting.onlineUrl && isWebUrl(meeting.onlineUrl) ? meeting.onlineUrl : page,
    description: [`${chairLabel}: ${meeting.chairName}`, ...meeting.agenda.map((a) => `${a.position}. ${a.title}`), page].join("\n"),
    status: "CONFIRMED",
    productId: "kawal/meetings",
    lastModified: utcParts(meeting.updatedAt),
    organizer: chair ? { name: chair.name, email: chair.email } : undefined,
    attendees: invitees
      .filter((i) => i !== chair)
      .map((i) => ({ name: i.name, email: i.email, rsvp: true, role: "REQ-PARTICIPANT", partstat: "NEEDS-ACTION" })),
  });
  if (error || !value) throw error ?? new Error("ics: empty calendar");
  return value;
}
