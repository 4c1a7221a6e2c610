import "server-only";
import PDFDocument from "pdfkit";
import { TIME_ZONE } from "@/lib/i18n/config";
import { calendarDate } from "@/lib/i18n/dates";
import type { MeetingDetail } from "./queries";

/** Official minutes are written in Indonesian whatever the reader's UI language. */
const ID = "id-ID";
const fmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(ID, { timeZone: TIME_ZONE, ...options });
const dayDate = fmt({ weekday: "long", day: "numeric", month: "long", year: "numeric" });
const longDate = fmt({ day: "numeric", month: "long", year: "numeric" });
const clock = fmt({ hour: "2-digit", minute: "2-digit", hour12: false });
const attendanceWord = { invited: "Diundang", present: "Hadir", absent: "Tidak hadir", represented: "Diwakili" } as const;
const statusWord = { open: "Belum mulai", in_progress: "Berjalan", blocked: "Terhambat", done: "Selesai", verified: "Terverifikasi" } as const;

const PAGE = { margin: 56, width: 595.28 };
const CONTENT = PAGE.width - PAGE.margin * 2;

/** Renders the Notulen Rapat in the layout regional government offices use, as a PDF buffer. */
export async function renderMinutesPdf(meeting: MeetingDetail, region: { name: string; office: string }): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: PAGE.margin,
    bufferPages: true,
    info: { Title: `Notulen Rapat - ${meeting.title}`, Author: region.office },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const finished = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  letterhead(doc, region);
  doc.font("Times-Bold").fontSize(14).text("NOTULEN RAPAT", { align: "center", underline: true });
  doc.moveDown(0.8);

  const time = `${clock.format(meeting.startsAt)}${meeting.endsAt ? ` s.d. ${clock.format(meeting.endsAt)}` : " s.d. selesai"} WITA`;
  keyValues(doc, [
    ["Acara", meeting.title],
    ["Hari, tanggal", dayDate.format(meeting.startsAt)],
    ["Waktu", time],
    ["Tempat", [meeting.place, meeting.onlineUrl].filter(Boolean).join(" / ") || "-"],
    ["Pimpinan rapat", [meeting.chairName, meeting.chairPosition].filter(Boolean).join(", ")],
    ["Notulis", [meeting.minuteTakerName, meeting.minuteTakerPosition].filter(Boolean).join(", ") || "-"],
    ["Status", meeting.status === "minutes_final" ? `Final (${meeting.finalizedAt ? longDate.format(meeting.finalizedAt) : ""})` : "Draf, belum final"],
  ]);

  heading(doc, "I. Peserta Rapat");
  const present = meeting.attendees.filter((a) => a.attendance === "present" || a.attendance === "represented").length;
  paragraph(doc, `${present} dari ${meeting.attendees.length} undangan hadir.`);
  table(
    doc,
    [22, 170, 180, CONTENT - 372],
    ["No", "Nama", "Jabatan / instansi", "Kehadiran"],
    meeting.attendees.map((a, i) => [
      String(i + 1),
      a.name,
      [a.position, a.agencyName ?? a.institution].filter(Boolean).join(", "),
      a.attendance === "represented"
        ? `Diwakili ${a.deputyName ?? ""}`
        : `${attendanceWord[a.attendance]}${a.arrivedAt ? ` (${clock.format(a.arrivedAt)})` : ""}`,
    ]),
  );

  heading(doc, "II. Pembahasan");
  if (meeting.summary) paragraph(doc, meeting.summary);
  for (const item of meeting.agenda) {
    doc.font("Times-Bold").fontSize(11).text(`${item.position}. ${item.title}`);
    if (item.isCarryOverReview) {
      for (const a of meeting.carryOver)
        bullet(doc, `${a.title} (${a.agencyName}; tenggat ${longDate.format(calendarDate(a.dueDate))}; ${statusWord[a.status]})`);
      if (meeting.carryOver.length === 0) paragraph(doc, "Tidak ada tindak lanjut terbuka dari rapat sebelumnya.");
    }
    if (item.notes) paragraph(doc, item.notes);
    for (const s of meeting.statements.filter((x) => x.agendaItemId === item.id)) {
      bullet(doc, `${s.speakerName}${s.speakerPosition ? `, ${s.speakerPosition}` : ""}: "${s.body}"`);
    }
    doc.moveDown(0.4);
  }
  const loose = meeting.statements.filter((x) => x.agendaItemId === null);
  for (const s of loose) bullet(doc, `${s.speakerName}${s.speakerPosition ? `, ${s.speakerPosition}` : ""}: "${s.body}"`);

  heading(doc, "III. Kesimpulan dan Kesepakatan");
  if (meeting.conclusions) paragraph(doc, meeting.conclusions);
  if (meeting.commitments.length > 0) doc.font("Times-Bold").fontSize(11).text("Kesepakatan dan komitmen:");
  meeting.commitments.forEach((c, i) => {
    const detail = [
      c.figure !== null ? `${new Intl.NumberFormat(ID).format(c.figure)} ${c.figureUnit ?? ""}`.trim() : null,
      c.toAgencyName ? `kepada ${c.toAgencyName}` : null,
      c.dueDate ? `tenggat ${longDate.format(calendarDate(c.dueDate))}` : null,
    ]
      .filter(Boolean)
      .join("; ");
    paragraph(doc, `${i + 1}. ${c.agencyName ?? c.committedByName}: ${c.body}${detail ? ` (${detail})` : ""}`);
  });
  if (!meeting.conclusions && meeting.commitments.length === 0) paragraph(doc, "-");

  heading(doc, "IV. Rencana Tindak Lanjut");
  if (meeting.actions.length === 0) paragraph(doc, "Belum ada tindak lanjut yang dicatat.");
  else
    table(
      doc,
      [22, 230, 130, CONTENT - 382],
      ["No", "Tindak lanjut", "Penanggung jawab", "Tenggat"],
      meeting.actions.map((a, i) => [String(i + 1), a.title, a.agencyName, longDate.format(calendarDate(a.dueDate))]),
    );

  if (meeting.confirmations.length > 0) {
    heading(doc, "V. Konfirmasi Peserta");
    for (const c of meeting.confirmations) {
      bullet(
        doc,
        c.status === "confirmed"
          ? `${c.name}: menyetujui notulen (${longDate.format(c.createdAt)})`
          : `${c.name}: keberatan (${longDate.format(c.createdAt)}): ${c.reason ?? ""}`,
      );
    }
  }
  if (meeting.amendments.length > 0) {
    heading(doc, "Catatan Perubahan");
    for (const a of meeting.amendments) bullet(doc, `${longDate.format(a.createdAt)}, ${a.authorName ?? "-"}: ${a.reason}`);
  }

  signatures(doc, meeting);
  pageNumbers(doc, meeting.title);
  doc.end();
  return finished;
}

function letterhead(doc: PDFKit.PDFDocument, region: { name: string; office: string }) {
  doc.font("Times-Bold").fontSize(14).text(`PEMERINTAH ${region.name.toUpperCase()}`, { align: "center" });
  doc.font("Times-Bold").fontSize(16).text(region.office.toUpperCase(), { align: "center" });
  const y = doc.y + 6;
  doc
    .moveTo(PAGE.margin, y)
    .lineTo(PAGE.width - PAGE.margin, y)
    .lineWidth(2)
    .stroke();
  doc
    .moveTo(PAGE.margin, y + 3)
    .lineTo(PAGE.width - PAGE.margin, y + 3)
    .lineWidth(0.5)
    .stroke();
  doc.y = y + 18;
}

function keyValues(doc: PDFKit.PDFDocument, rows: Array<[string, string]>) {
  doc.fontSize(11);
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font("Times-Roman").text(label, PAGE.margin, y, { width: 110 });
    doc.text(":", PAGE.margin + 110, y, { width: 10 });
    doc.text(value, PAGE.margin + 122, y, { width: CONTENT - 122 });
    doc.y = Math.max(doc.y, y + 14);
  }
  doc.x = PAGE.margin;
}

function heading(doc: PDFKit.PDFDocument, text: string) {
  doc.moveDown(0.8);
  doc.x = PAGE.margin;
  doc.font("Times-Bold").fontSize(12).text(text);
  doc.moveDown(0.3);
}

function paragraph(doc: PDFKit.PDFDocument, text: string) {
  doc.x = PAGE.margin;
  doc.font("Times-Roman").fontSize(11).text(text, { align: "justify", width: CONTENT });
  doc.moveDown(0.3);
}

function bullet(doc: PDFKit.PDFDocument, text: string) {
  const y = doc.y;
  doc
    .font("Times-Roman")
    .fontSize(11)
    .text("-", PAGE.margin + 8, y);
  doc.text(text, PAGE.margin + 20, y, { width: CONTENT - 20, align: "justify" });
  doc.x = PAGE.margin;
}

/** A bordered table that breaks across pages and repeats nothing fancy: what offices print. */
function table(doc: PDFKit.PDFDocument, widths: number[], header: string[], rows: string[][]) {
  const pad = 4;
  const draw = (cells: string[], bold: boolean) => {
    doc.font(bold ? "Times-Bold" : "Times-Roman").fontSize(10);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - pad * 2 }))) + pad * 2;
    if (doc.y + height > doc.page.height - PAGE.margin) doc.addPage();
    const y = doc.y;
    let x = PAGE.margin;
    cells.forEach((c, i) => {
      if (bold) doc.rect(x, y, widths[i]!, height).fillAndStroke("#e5e7eb", "#000000").fillColor("#000000");
      else doc.rect(x, y, widths[i]!, height).lineWidth(0.5).stroke();
      doc.text(c, x + pad, y + pad, { width: widths[i]! - pad * 2 });
      x += widths[i]!;
    });
    doc.x = PAGE.margin;
    doc.y = y + height;
  };
  draw(header, true);
  for (const row of rows) draw(row, false);
  doc.moveDown(0.5);
}

function signatures(doc: PDFKit.PDFDocument, meeting: MeetingDetail) {
  if (doc.y + 150 > doc.page.height - PAGE.margin) doc.addPage();
  doc.moveDown(2);
  const y = doc.y;
  const half = CONTENT / 2;
  const place = `Sinjai, ${longDate.format(meeting.finalizedAt ?? meeting.startsAt)}`;
  doc.font("Times-Roman").fontSize(11);
  doc.text("Notulis,", PAGE.margin, y + 16, { width: half, align: "center" });
  doc.text(place, PAGE.margin + half, y, { width: half, align: "center" });
  doc.text("Pimpinan Rapat,", PAGE.margin + half, y + 16, { width: half, align: "center" });
  const nameY = y + 100;
  doc.font("Times-Bold").text(meeting.minuteTakerName || "(.................................)", PAGE.margin, nameY, {
    width: half,
    align: "center",
    underline: Boolean(meeting.minuteTakerName),
  });
  doc.font("Times-Roman").text(meeting.minuteTakerPosition, PAGE.margin, doc.y, { width: half, align: "center" });
  doc.font("Times-Bold").text(meeting.chairName, PAGE.margin + half, nameY, { width: half, align: "center", underline: true });
  doc.font("Times-Roman").text(meeting.chairPosition, PAGE.margin + half, doc.y, { width: half, align: "center" });
}

function pageNumbers(doc: PDFKit.PDFDocument, title: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - PAGE.margin + 16;
    doc.font("Times-Roman").fontSize(8).fillColor("#555555");
    doc.text(`Notulen Rapat: ${title}`, PAGE.margin, y, { width: CONTENT * 0.75, lineBreak: false, height: 10 });
    doc.text(`Halaman ${i + 1} dari ${range.count}`, PAGE.margin, y, { width: CONTENT, align: "right", lineBreak: false, height: 10 });
    doc.fillColor("#000000");
  }
}
