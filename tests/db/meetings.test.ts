import { and, eq, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { addGuestCommand, inviteUsersCommand, setAttendanceCommand } from "@/lib/meetings/attendance-commands";
import { CARRY_OVER_TITLE } from "@/lib/meetings/carry-over";
import { confirmMinutesCommand, createMeetingCommand, finalizeMeetingCommand, updateMeetingCommand } from "@/lib/meetings/commands";
import { addCommitmentCommand, addStatementCommand, createActionsFromCommitmentCommand, saveMinutesCommand } from "@/lib/meetings/minutes-commands";
import { getCommitmentForPlanning, getMeetingDetail, listMeetings } from "@/lib/meetings/queries";
import { actionsFromCommitmentSchema, attendanceSchema, meetingSchema } from "@/lib/meetings/rules";
import { demoActors } from "../support/actors";
import { freshDatabase } from "../support/database";

const fromCommitment = (form: Record<string, unknown>) => actionsFromCommitmentSchema.parse(form);
/** The refusals of a form's rows as the page shows them: field.row and the message key. */
const rowErrors = (form: Record<string, unknown>) =>
  (actionsFromCommitmentSchema.safeParse(form).error?.issues ?? []).map((i) => [`${String(i.path[0])}.${String(i.path[1])}`, i.message]);

let handle: DatabaseHandle;
const actors: Record<string, Actor> = {};
const agencyIds: Record<string, number> = {};
let seriesId = 0;

const meetingForm = (overrides: Record<string, unknown> = {}) =>
  meetingSchema.parse({
    title: "Monev UC Juli",
    type: "monev",
    date: "2025-07-16",
    startTime: "09:00",
    endTime: "11:00",
    place: "Ruang Sekda",
    chairName: "Andi Jefrianto Asapa",
    seriesId: String(seriesId),
    agenda: ["Capaian Juli", "Lain-lain"],
    agendaId: ["", ""],
    ...overrides,
  });

beforeAll(async () => {
  handle = await freshDatabase({ seed: true });
  Object.assign(actors, await demoActors(handle.db));
  for (const a of await handle.db.select().from(s.agencies)) agencyIds[a.code] = a.id;
  seriesId = (await handle.db.select().from(s.meetingSeries))[0]!.id;
});
afterAll(() => handle.close());

describe("the next meeting of a series", () => {
  it("opens with a review of every action still open from earlier meetings", async () => {
    const id = await createMeetingCommand(meetingForm(), actors.sekretariat!);
    const detail = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!;
    expect(detail.agenda.map((a) => a.title)).toEqual([CARRY_OVER_TITLE, "Capaian Juli", "Lain-lain"]);
    expect(detail.agenda[0]?.isCarryOverReview).toBe(true);
    // Every action of the series' earlier meetings that is not done or verified, and only those.
    const earlier = await handle.db
      .select({ id: s.actionItems.id, status: s.actionItems.status })
      .from(s.actionItems)
      .innerJoin(s.meetings, eq(s.meetings.id, s.actionItems.meetingId))
      .where(and(eq(s.meetings.seriesId, seriesId), ne(s.meetings.id, id)));
    const open = earlier.filter((a) => a.status !== "done" && a.status !== "verified").map((a) => a.id);
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(earlier.length);
    expect(detail.carryOver.map((a) => a.id).sort((x, y) => x - y)).toEqual(open.sort((x, y) => x - y));
  });

  it("has no review item when nothing is open, and none outside a series", async () => {
    const id = await createMeetingCommand(meetingForm({ seriesId: "", title: "Rapat teknis" }), actors.sekretariat!);
    const detail = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!;
    expect(detail.agenda.map((a) => a.title)).toEqual(["Capaian Juli", "Lain-lain"]);
    expect(detail.carryOver).toEqual([]);
  });
});

describe("editing a meeting", () => {
  it("refuses a stale version instead of overwriting someone else's change", async () => {
    const id = await createMeetingCommand(meetingForm({ seriesId: "" }), actors.sekretariat!);
    const [row] = await handle.db.select().from(s.meetings).where(eq(s.meetings.id, id));
    await updateMeetingCommand(meetingForm({ id: String(id), version: String(row!.version), seriesId: "", title: "Judul baru" }), actors.sekretariat!);
    await expect(
      updateMeetingCommand(meetingForm({ id: String(id), version: String(row!.version), seriesId: "", title: "Judul lama" }), actors.admin!),
    ).rejects.toMatchObject({ key: "staleMeeting" });
    const [after] = await handle.db.select().from(s.meetings).where(eq(s.meetings.id, id));
    expect(after?.title).toBe("Judul baru");
  });

  it("keeps an agenda item's minutes when the agenda is reordered", async () => {
    const id = await createMeetingCommand(meetingForm({ seriesId: "" }), actors.sekretariat!);
    const detail = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!;
    await saveMinutesCommand(
      {
        meetingId: id,
        version: detail.minutesVersion,
        summary: "",
        conclusions: "",
        agendaIds: detail.agenda.map((a) => a.id),
        agendaNotes: ["Catatan A", "Catatan B"],
        amendmentReason: "",
      },
      actors.sekretariat!,
    );
    const v = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!.version;
    const [a, b] = detail.agenda;
    await updateMeetingCommand(
      meetingForm({ id: String(id), version: String(v), seriesId: "", agenda: [b!.title, a!.title, "Baru"], agendaId: [String(b!.id), String(a!.id), ""] }),
      actors.sekretariat!,
    );
    const after = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!;
    expect(after.agenda.map((x) => [x.title, x.notes])).toEqual([
      ["Lain-lain", "Catatan B"],
      ["Capaian Juli", "Catatan A"],
      ["Baru", ""],
    ]);
  });

  it("rejects an end time before the start", () => {
    const result = meetingSchema.safeParse({ ...meetingForm(), date: "2025-07-16", startTime: "10:00", endTime: "09:30", agenda: [], agendaId: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("endBeforeStart");
  });
});

describe("attendance", () => {
  it("refuses the same person twice, by login or as a guest", async () => {
    const id = await createMeetingCommand(meetingForm({ seriesId: "" }), actors.sekretariat!);
    await inviteUsersCommand({ meetingId: id, userIds: [actors.kesra!.id, actors.bkad!.id] }, actors.sekretariat!);
    await expect(inviteUsersCommand({ meetingId: id, userIds: [actors.kesra!.id] }, actors.sekretariat!)).rejects.toMatchObject({ key: "alreadyInvited" });
    await addGuestCommand(
      { meetingId: id, name: "Camat Sinjai Utara", position: "Camat", institution: "Kecamatan Sinjai Utara", walkIn: true },
      actors.sekretariat!,
    );
    await expect(
      addGuestCommand({ meetingId: id, name: "camat sinjai utara", position: "", institution: "kecamatan sinjai utara", walkIn: false }, actors.sekretariat!),
    ).rejects.toMatchObject({ key: "alreadyInvited" });
    const detail = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!;
    expect(detail.attendees).toHaveLength(3);
    expect(detail.status).toBe("held");
  });

  it("records a deputy with the arrival time in WITA, and needs the deputy's name", async () => {
    const id = await createMeetingCommand(meetingForm({ seriesId: "" }), actors.sekretariat!);
    await inviteUsersCommand({ meetingId: id, userIds: [actors.bappeda!.id] }, actors.sekretariat!);
    const attendee = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!.attendees[0]!;
    expect(attendanceSchema.safeParse({ meetingId: id, attendeeId: attendee.id, attendance: "represented", deputyName: "" }).success).toBe(false);
    await setAttendanceCommand(
      attendanceSchema.parse({
        meetingId: id,
        attendeeId: attendee.id,
        version: attendee.version,
        attendance: "represented",
        deputyName: "Sekretaris Bappeda",
        arrivedAt: "08:55",
      }),
      actors.sekretariat!,
    );
    const after = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!.attendees[0]!;
    expect(after.deputyName).toBe("Sekretaris Bappeda");
    expect(after.arrivedAt?.toISOString()).toBe("2025-07-16T00:55:00.000Z");
  });
});

describe("the parts of a meeting, each with its own version", () => {
  // Held a year before the other meetings here, so its attendance stays out of the searches below.
  const attend = (meetingId: number, attendee: { id: number; version: number }, attendance: "present" | "absent") =>
    setAttendanceCommand(attendanceSchema.parse({ meetingId, attendeeId: attendee.id, version: attendee.version, attendance }), actors.sekretariat!);

  it("lets the minutes and the details be saved while others take attendance and add statements and commitments", async () => {
    const id = await createMeetingCommand(meetingForm({ seriesId: "", date: "2024-05-14" }), actors.sekretariat!);
    await inviteUsersCommand({ meetingId: id, userIds: [actors.kesra!.id] }, actors.sekretariat!);
    // Two people open the minutes form and the edit form; a third takes attendance meanwhile.
    const opened = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!;
    await attend(id, opened.attendees[0]!, "present");
    await addGuestCommand(
      { meetingId: id, name: "Camat Tellulimpoe", position: "Camat", institution: "Kecamatan Tellulimpoe", walkIn: true },
      actors.sekretariat!,
    );
    await addStatementCommand(
      { meetingId: id, agendaItemId: null, attendeeId: null, speakerName: "Kadis Kesra", body: "Data guru mengaji lengkap." },
      actors.sekretariat!,
    );
    await addCommitmentCommand(
      {
        meetingId: id,
        agendaItemId: null,
        agencyId: agencyIds.KESRA!,
        toAgencyId: null,
        committedByName: "",
        body: "Mendaftarkan 100 guru",
        figure: 100,
        figureUnit: "peserta",
        sectorId: null,
        dueDate: null,
      },
      actors.sekretariat!,
    );
    expect(
      await saveMinutesCommand(
        {
          meetingId: id,
          version: opened.minutesVersion,
          summary: "Rapat membahas capaian Juli.",
          conclusions: "",
          agendaIds: [],
          agendaNotes: [],
          amendmentReason: "",
        },
        actors.sekretariat!,
      ),
    ).toBe("minutesSaved");
    await updateMeetingCommand(
      meetingForm({ id: String(id), version: String(opened.version), seriesId: "", date: "2024-05-14", place: "Aula Bappeda" }),
      actors.admin!,
    );
    const after = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!;
    expect([after.summary, after.place, after.attendees.length]).toEqual(["Rapat membahas capaian Juli.", "Aula Bappeda", 2]);
  });

  it("still refuses a second save of the same part over the first", async () => {
    const id = await createMeetingCommand(meetingForm({ seriesId: "", date: "2024-05-14" }), actors.sekretariat!);
    const opened = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!;
    const minutes = { meetingId: id, version: opened.minutesVersion, conclusions: "", agendaIds: [], agendaNotes: [], amendmentReason: "" };
    await saveMinutesCommand({ ...minutes, summary: "Versi pertama" }, actors.sekretariat!);
    await expect(saveMinutesCommand({ ...minutes, summary: "Versi kedua" }, actors.admin!)).rejects.toMatchObject({ key: "staleMeeting" });
    await expect(finalizeMeetingCommand({ meetingId: id, version: opened.minutesVersion }, actors.admin!)).rejects.toMatchObject({ key: "staleMeeting" });
  });

  it("refuses the later of two edits of one attendance row, and leaves the other rows alone", async () => {
    const id = await createMeetingCommand(meetingForm({ seriesId: "", date: "2024-05-14" }), actors.sekretariat!);
    await inviteUsersCommand({ meetingId: id, userIds: [actors.kesra!.id, actors.bkad!.id] }, actors.sekretariat!);
    const [first, second] = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!.attendees;
    const answers = await Promise.allSettled([attend(id, first!, "present"), attend(id, first!, "absent")]);
    expect(answers.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    expect(answers.find((a) => a.status === "rejected")).toMatchObject({ reason: { key: "staleAttendance" } });
    await attend(id, second!, "absent");
    const after = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!.attendees;
    expect(after.find((a) => a.id === first!.id)?.version).toBe(first!.version + 1);
    expect(after.find((a) => a.id === second!.id)?.attendance).toBe("absent");
  });
});

describe("final minutes", () => {
  let id = 0;
  beforeAll(async () => {
    id = await createMeetingCommand(meetingForm({ seriesId: "", title: "Rakor finalisasi" }), actors.sekretariat!);
    await inviteUsersCommand({ meetingId: id, userIds: [actors.kesra!.id, actors.bpjs!.id] }, actors.sekretariat!);
    await addCommitmentCommand(
      {
        meetingId: id,
        agendaItemId: null,
        agencyId: agencyIds.KESRA!,
        toAgencyId: agencyIds.BPJSTK!,
        committedByName: "",
        body: "Mendaftarkan 500 guru mengaji",
        figure: 500,
        figureUnit: "peserta",
        sectorId: null,
        dueDate: "2025-10-31",
      },
      actors.sekretariat!,
    );
    const v = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!.minutesVersion;
    await finalizeMeetingCommand({ meetingId: id, version: v }, actors.sekretariat!);
  });

  it("ask every invited user to confirm them", async () => {
    const notices = await handle.db
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.meetingId, id), eq(s.notifications.kind, "minutes_final")));
    expect(notices.map((n) => n.userId).sort()).toEqual([actors.kesra!.id, actors.bpjs!.id].sort());
  });

  it("are read-only: no new statements, commitments or attendance", async () => {
    await expect(
      addStatementCommand({ meetingId: id, agendaItemId: null, attendeeId: null, speakerName: "X", body: "Tambahan" }, actors.sekretariat!),
    ).rejects.toMatchObject({ key: "meetingLocked" });
    await expect(inviteUsersCommand({ meetingId: id, userIds: [actors.bkad!.id] }, actors.sekretariat!)).rejects.toMatchObject({ key: "meetingLocked" });
  });

  it("change only through an amendment with a reason, kept in the history", async () => {
    const detail = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!;
    const input = {
      meetingId: id,
      version: detail.minutesVersion,
      summary: "Ringkasan diperbaiki",
      conclusions: detail.conclusions,
      agendaIds: [],
      agendaNotes: [],
    };
    await expect(saveMinutesCommand({ ...input, amendmentReason: "" }, actors.sekretariat!)).rejects.toMatchObject({ key: "amendmentReasonRequired" });
    expect(await saveMinutesCommand({ ...input, amendmentReason: "Salah ketik nama" }, actors.sekretariat!)).toBe("amended");
    const after = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!;
    expect(after.summary).toBe("Ringkasan diperbaiki");
    expect(after.amendments).toHaveLength(1);
    expect(after.amendments[0]?.reason).toBe("Salah ketik nama");
    const log = await handle.db
      .select()
      .from(s.history)
      .where(and(eq(s.history.entityType, "meeting"), eq(s.history.entityId, id), eq(s.history.operation, "amend_minutes")));
    expect(log).toHaveLength(1);
    expect(log[0]?.reason).toBe("Salah ketik nama");
  });

  it("are confirmed or objected to by attendees with a login, and by nobody else", async () => {
    // BKAD was not invited: the meeting is not theirs to read, so it is not found; the clerk reads it but was not there.
    await expect(confirmMinutesCommand({ meetingId: id, decision: "confirmed", reason: "" }, actors.bkad!)).rejects.toMatchObject({ key: "notFound" });
    await expect(confirmMinutesCommand({ meetingId: id, decision: "confirmed", reason: "" }, actors.sekretariat!)).rejects.toMatchObject({
      key: "notAnAttendee",
    });
    await confirmMinutesCommand({ meetingId: id, decision: "objected", reason: "Angka belum sesuai" }, actors.kesra!);
    await confirmMinutesCommand({ meetingId: id, decision: "confirmed", reason: "" }, actors.bpjs!);
    await confirmMinutesCommand({ meetingId: id, decision: "confirmed", reason: "" }, actors.kesra!);
    const after = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!;
    expect(after.confirmations.map((c) => [c.name, c.status]).sort()).toEqual([
      ["Andi Nurisma", "confirmed"],
      ["Hj. Kamriah Yusuf", "confirmed"],
    ]);
  });

  it("still accept action items created from their commitments, all or none", async () => {
    const commitment = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!.commitments[0]!;
    expect(
      rowErrors({
        meetingId: id,
        commitmentId: commitment.id,
        title: ["Pendataan", ""],
        ownerAgencyId: [String(agencyIds.KESRA), ""],
        dueDate: ["2025-09-01", "2025-09-15"],
        priority: ["high", "normal"],
        targetId: [],
        targetExpected: [],
      }),
    ).toEqual([
      ["title.1", "required"],
      ["ownerAgencyId.1", "unknownAgency"],
    ]);
    await expect(
      createActionsFromCommitmentCommand(
        fromCommitment({
          meetingId: id,
          commitmentId: commitment.id,
          title: ["A", "B"],
          ownerAgencyId: [String(agencyIds.KESRA), "999999"],
          dueDate: ["2025-09-01", "2025-09-15"],
          priority: ["high", "normal"],
          targetId: [],
          targetExpected: [],
        }),
        actors.sekretariat!,
      ),
    ).rejects.toMatchObject({ key: "unknownAgency" });
    expect((await getMeetingDetail({ actor: actors.sekretariat!, id }))!.actions).toHaveLength(0);
    expect(
      await createActionsFromCommitmentCommand(
        fromCommitment({
          meetingId: id,
          commitmentId: commitment.id,
          title: ["Pendataan", "Pendaftaran"],
          ownerAgencyId: [String(agencyIds.KESRA), String(agencyIds.BPJSTK)],
          dueDate: ["2025-09-01", "2025-10-31"],
          priority: ["high", "normal"],
          targetId: [],
          targetExpected: [],
        }),
        actors.sekretariat!,
      ),
    ).toBe(2);
    const actions = (await getMeetingDetail({ actor: actors.sekretariat!, id }))!.actions;
    expect(actions.map((a) => [a.title, a.agencyName, a.commitmentId])).toEqual([
      ["Pendataan", "Bagian Kesra", commitment.id],
      ["Pendaftaran", "BPJS TK Sinjai", commitment.id],
    ]);
  });
});

describe("a commitment turned into actions", () => {
  it("carries its sector target and figure into the action's sector link, editable", async () => {
    const [demoMeeting] = await handle.db.select().from(s.meetings).where(eq(s.meetings.title, "Rapat Percepatan Universal Coverage BPJS Ketenagakerjaan"));
    const detail = (await getMeetingDetail({ actor: actors.sekretariat!, id: demoMeeting!.id }))!;
    const religious = detail.commitments.find((c) => c.figure === 1750)!;
    const [period2025] = await handle.db.select().from(s.periods).where(eq(s.periods.year, 2025));
    const [target] = await handle.db
      .select()
      .from(s.sectorTargets)
      .where(and(eq(s.sectorTargets.sectorId, religious.sectorId!), eq(s.sectorTargets.periodId, period2025!.id)));
    expect(religious.sectorTargetId).toBe(target!.id);
    expect(await getCommitmentForPlanning({ actor: actors.sekretariat!, id: religious.id })).toMatchObject({ sectorTargetId: target!.id, figure: 1750 });

    const form = {
      meetingId: demoMeeting!.id,
      commitmentId: religious.id,
      title: ["Pendataan imam", "Sosialisasi"],
      ownerAgencyId: [String(agencyIds.KESRA), String(agencyIds.KESRA)],
      dueDate: ["2025-09-01", "2025-09-15"],
      priority: ["high", "normal"] as Array<"high" | "normal">,
    };
    expect(rowErrors({ ...form, targetId: [String(target!.id), ""], targetExpected: ["banyak", ""] })).toEqual([["targetExpected.0", "expectedRequired"]]);
    expect(rowErrors({ ...form, targetId: [String(target!.id), ""], targetExpected: ["", ""] })).toEqual([["targetExpected.0", "expectedRequired"]]);
    expect(
      await createActionsFromCommitmentCommand(
        fromCommitment({ ...form, targetId: [String(target!.id), ""], targetExpected: ["1.200", ""] }),
        actors.sekretariat!,
      ),
    ).toBe(2);
    const created = await handle.db
      .select({ title: s.actionItems.title, sectorTargetId: s.actionTargets.sectorTargetId, expected: s.actionTargets.expectedContribution })
      .from(s.actionItems)
      .leftJoin(s.actionTargets, eq(s.actionTargets.actionItemId, s.actionItems.id))
      .where(eq(s.actionItems.commitmentId, religious.id));
    expect(created).toEqual(
      expect.arrayContaining([
        { title: "Pendataan imam", sectorTargetId: target!.id, expected: 1200 },
        { title: "Sosialisasi", sectorTargetId: null, expected: null },
      ]),
    );
  });
});

describe("finding meetings", () => {
  it("searches titles, minutes and commitments, and filters by agency, type and dates", async () => {
    const ids = (f: Parameters<typeof listMeetings>[0]["filters"]) =>
      listMeetings({ actor: actors.sekretariat!, page: 1, filters: f }).then((p) => p.rows.map((r) => r.title));
    expect(await ids({ q: "guru mengaji" })).toEqual(expect.arrayContaining(["Rakor finalisasi", "Rapat Percepatan Universal Coverage BPJS Ketenagakerjaan"]));
    expect(await ids({ q: "Ringkasan diperbaiki" })).toEqual(["Rakor finalisasi"]);
    expect(await ids({ q: "tidakadadimanapun" })).toEqual([]);
    expect(await ids({ type: "coordination" })).toEqual(["Rapat Percepatan Universal Coverage BPJS Ketenagakerjaan"]);
    expect(await ids({ from: "2025-06-11", to: "2025-06-11" })).toEqual(["Rapat Percepatan Universal Coverage BPJS Ketenagakerjaan"]);
    expect(await ids({ from: "2025-06-12", to: "2025-07-15" })).toEqual([]);
    // Bappeda was represented by a deputy; BKAD was only invited and never marked present.
    expect(await ids({ agencyId: agencyIds.BAPPEDA!, from: "2025-07-01" })).toEqual(["Monev UC Juli"]);
    expect(await ids({ agencyId: agencyIds.BKAD!, from: "2025-07-01" })).toEqual([]);
  });
});
