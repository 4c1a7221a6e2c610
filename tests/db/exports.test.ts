import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { attendanceWorkbook } from "@/lib/meetings/attendance-xlsx";
import { meetingInvitation } from "@/lib/meetings/calendar";
import { renderMinutesPdf } from "@/lib/meetings/minutes-pdf";
import { getMeetingDetail, meetingInvitees, type MeetingDetail } from "@/lib/meetings/queries";
import { actorOf } from "../support/actors";
import { freshDatabase } from "../support/database";
import { pdfText } from "../support/pdf-text";

let handle: DatabaseHandle;
let meeting: MeetingDetail;

beforeAll(async () => {
  handle = await freshDatabase({ seed: true });
  const [admin] = (await handle.db.select().from(s.users)).filter((u) => u.role === "admin");
  const [row] = await handle.db.select().from(s.meetings);
  meeting = (await getMeetingDetail({ actor: actorOf(admin!), id: row!.id }))!;
});
afterAll(() => handle.close());

describe("the official minutes (PDF)", () => {
  it("carry the letterhead, the facts, attendees, commitments, follow-up table and signatures", async () => {
    const pdf = await renderMinutesPdf(meeting, { name: "Kabupaten Sinjai", office: "Sekretariat Daerah" });
    const flat = await pdfText(new Uint8Array(pdf));
    for (const expected of [
      "PEMERINTAH KABUPATEN SINJAI",
      "NOTULEN RAPAT",
      "Rabu, 11 Juni 2025",
      "09.00 s.d. 11.30 WITA",
      "Ruang Sekda",
      "Andi Nurisma",
      "Hj. Kamriah Yusuf",
      "8 dari 8 undangan hadir",
      "33,6 persen",
      "Rencana Tindak Lanjut",
      "Alokasi iuran pekerja rentan dalam APBD Perubahan 2025",
      "Sinjai, 12 Juni 2025",
      "Pimpinan Rapat",
      "Notulis",
      "Halaman 1 dari",
    ])
      expect(flat).toContain(expected);
  });
});

describe("the calendar invitation", () => {
  it("is one event at the meeting's time in UTC with a stable id", async () => {
    const ics = meetingInvitation(meeting, "https://kawal.example", { invitees: await meetingInvitees(meeting), chairLabel: "Pimpinan rapat" });
    expect(ics).toContain("UID:meeting-");
    expect(ics).toContain("DTSTART:20250611T010000Z");
    expect(ics).toContain("DTEND:20250611T033000Z");
    expect(ics).toContain("LOCATION:Ruang Sekda\\, Kantor Bupati Sinjai");
  });

  it("names the chair as organizer and every invited person with an e-mail address as attendee", async () => {
    const ics = meetingInvitation(meeting, "https://kawal.example", { invitees: await meetingInvitees(meeting), chairLabel: "Chair" }).replace(
      /\r?\n[ \t]/g,
      "",
    );
    expect(ics).toMatch(/^ORGANIZER;CN="?Andi Jefrianto Asapa"?:MAILTO:sekda@sinjai\.demo$/m);
    const attendeeLines = ics.split(/\r?\n/).filter((l) => l.startsWith("ATTENDEE"));
    expect(attendeeLines.length).toBe(meeting.attendees.filter((a) => a.userId !== null && !a.isChair).length);
    expect(attendeeLines).toContainEqual(expect.stringMatching(/CN="?Andi Nurisma"?:mailto:bpjs@sinjai\.demo$/));
    expect(ics).toContain("DESCRIPTION:Chair: Andi Jefrianto Asapa");
  });

  it("never lets a stored non-web link break the download", () => {
    const ics = meetingInvitation({ ...meeting, onlineUrl: "javascript:alert(1)" }, "https://kawal.example", { invitees: [], chairLabel: "Chair" });
    expect(ics).toContain(`URL:https://kawal.example/meetings/${meeting.id}`);
  });
});

describe("the attendance spreadsheet", () => {
  it("lists every attendee with agency and attendance", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await attendanceWorkbook(meeting)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Daftar hadir")!;
    const rows = sheet.getSheetValues().slice(5).filter(Boolean) as unknown[][];
    expect(rows).toHaveLength(meeting.attendees.length);
    expect(meeting.attendees.length).toBeGreaterThan(1);
    expect(rows.map((r) => r[2])).toContain("Andi Nurisma");
    expect(rows.find((r) => r[2] === "Andi Nurisma")?.[5]).toBe("Hadir");
  });
});
