import "server-only";
import ExcelJS from "exceljs";
import { TIME_ZONE } from "@/lib/i18n/config";
import type { MeetingDetail } from "./queries";

const attendanceWord = { invited: "Diundang", present: "Hadir", absent: "Tidak hadir", represented: "Diwakili" } as const;

/** The daftar hadir as a spreadsheet: one row per invitee, grouped by agency. */
export async function attendanceWorkbook(meeting: MeetingDetail): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Kawal";
  const sheet = book.addWorksheet("Daftar hadir");
  const when = new Intl.DateTimeFormat("id-ID", { timeZone: TIME_ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(
    meeting.startsAt,
  );
  const clock = new Intl.DateTimeFormat("id-ID", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: false });
  sheet.addRow([`DAFTAR HADIR: ${meeting.title}`]).font = { bold: true, size: 13 };
  sheet.addRow([`${when}, ${meeting.place}`]);
  sheet.addRow([]);
  const header = sheet.addRow(["No", "Nama", "Jabatan", "OPD / instansi", "Kehadiran", "Wakil", "Jabatan wakil", "Jam datang (WITA)", "Tanpa undangan"]);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD5F5E8" } };
    c.border = { bottom: { style: "thin" } };
  });
  const sorted = [...meeting.attendees].sort(
    (a, b) => (a.agencyName ?? a.institution).localeCompare(b.agencyName ?? b.institution, "id") || a.name.localeCompare(b.name, "id"),
  );
  sorted.forEach((a, i) =>
    sheet.addRow([
      i + 1,
      a.name,
      a.position,
      a.agencyName ?? a.institution,
      attendanceWord[a.attendance],
      a.deputyName ?? "",
      a.deputyPosition ?? "",
      a.arrivedAt ? clock.format(a.arrivedAt) : "",
      a.walkIn ? "Ya" : "",
    ]),
  );
  [5, 28, 32, 28, 12, 24, 24, 16, 14].forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
  sheet.views = [{ state: "frozen", ySplit: 4 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
