import { and, desc, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { checkPassword } from "@/lib/auth/password";
import { saveAgencyCommand } from "@/lib/agencies/commands";
import { agencySchema } from "@/lib/agencies/rules";
import type { Actor } from "@/lib/authz";
import { removeAttendeeCommand } from "@/lib/meetings/attendance-commands";
import { createMeetingCommand } from "@/lib/meetings/commands";
import { meetingSchema } from "@/lib/meetings/rules";
import { createPeriodCommand, saveSectorCommand, saveSectorTargetCommand } from "@/lib/targets/commands";
import { sectorSchema, sectorTargetSchema } from "@/lib/targets/rules";
import { createUserCommand, endSessionsCommand, resetPasswordCommand, updateUserCommand } from "@/lib/users/commands";
import { createUserSchema, updateUserSchema } from "@/lib/users/rules";
import { createActor, createAgency } from "../support/actors";
import { freshDatabase } from "../support/database";

// The admin's and the secretariat's commands on an empty database: every row asserted on is made here.
let handle: DatabaseHandle;
let admin: Actor;
let secretariat: Actor;

async function lastHistory(entityType: string, entityId: number) {
  const [row] = await handle.db
    .select()
    .from(s.history)
    .where(and(eq(s.history.entityType, entityType as never), eq(s.history.entityId, entityId)))
    .orderBy(desc(s.history.id))
    .limit(1);
  return row;
}

async function openSession(userId: number): Promise<string> {
  const id = `sesi-${userId}-${Math.random().toString(36).slice(2)}`;
  await handle.db.insert(s.sessions).values({ id, userId, expiresAt: new Date(Date.now() + 3_600_000) });
  return id;
}

async function sessionEnd(id: string) {
  const [row] = await handle.db.select({ endedAt: s.sessions.endedAt, endReason: s.sessions.endReason }).from(s.sessions).where(eq(s.sessions.id, id));
  return row;
}

beforeAll(async () => {
  handle = await freshDatabase();
  admin = await createActor(handle.db, "admin");
  secretariat = await createActor(handle.db, "secretariat");
});
afterAll(() => handle.close());

describe("agencies", () => {
  const agency = (fields: Record<string, string> = {}) =>
    agencySchema.parse({
      code: "bappeda",
      name: "Badan Perencanaan Pembangunan Daerah",
      shortName: "Bappeda",
      kind: "badan",
      headTitle: "Kepala Bappeda",
      active: "on",
      ...fields,
    });

  it("are created and changed with their history, and keep codes and names unique", async () => {
    const id = await saveAgencyCommand(agency(), admin);
    const [row] = await handle.db.select().from(s.agencies).where(eq(s.agencies.id, id));
    expect(row).toMatchObject({ code: "BAPPEDA", shortName: "Bappeda", active: true });
    expect(await lastHistory("agency", id)).toMatchObject({ actorId: admin.id, operation: "create" });

    await saveAgencyCommand(agency({ id: String(id), shortName: "Bappelitbangda", active: "" }), admin);
    expect((await handle.db.select().from(s.agencies).where(eq(s.agencies.id, id)))[0]).toMatchObject({ shortName: "Bappelitbangda", active: false });
    expect((await lastHistory("agency", id))?.changes).toEqual({ shortName: { from: "Bappeda", to: "Bappelitbangda" }, active: { from: true, to: false } });

    await expect(saveAgencyCommand(agency({ name: "Lain" }), admin)).rejects.toMatchObject({ field: "code", key: "codeTaken" });
    await expect(saveAgencyCommand(agency({ code: "LAIN", name: "badan perencanaan pembangunan daerah" }), admin)).rejects.toMatchObject({
      field: "name",
      key: "nameTaken",
    });
    await expect(saveAgencyCommand(agency({ id: "999999", code: "X" }), admin)).rejects.toMatchObject({ key: "notFound" });
  });
});

describe("users", () => {
  let agencyId = 0;
  beforeAll(async () => {
    agencyId = await createAgency(handle.db);
  });
  const newUser = (fields: Record<string, string> = {}) =>
    createUserSchema.parse({
      name: "Andi Uji",
      email: `andi.${Math.random().toString(36).slice(2)}@sinjaikab.go.id`,
      position: "Kabid",
      role: "agency_head",
      agencyId: String(agencyId),
      password: "Rapat-Koordinasi-2025",
      ...fields,
    });

  it("are created with a hashed password, never the typed one, and with their history", async () => {
    const input = newUser();
    const id = await createUserCommand(input, admin);
    const [row] = await handle.db.select().from(s.users).where(eq(s.users.id, id));
    expect(row).toMatchObject({ email: input.email, role: "agency_head", agencyId, active: true });
    expect(row!.passwordHash).not.toContain(input.password);
    expect(await checkPassword(row!.passwordHash, input.password)).toBe(true);
    const entry = await lastHistory("user", id);
    expect(entry).toMatchObject({ actorId: admin.id, operation: "create" });
    expect(JSON.stringify(entry?.changes)).not.toContain(input.password);
  });

  it("refuse a taken e-mail (whatever its case) and an unknown agency by field", async () => {
    const first = newUser();
    await createUserCommand(first, admin);
    await expect(createUserCommand(newUser({ email: first.email.toUpperCase() }), admin)).rejects.toMatchObject({ field: "email", key: "emailTaken" });
    await expect(createUserCommand(newUser({ agencyId: "999999" }), admin)).rejects.toMatchObject({ field: "agencyId", key: "unknownAgency" });
  });

  it("end the sessions of a user whose role changes or who is deactivated, and only then", async () => {
    const input = newUser();
    const id = await createUserCommand(input, admin);
    const update = (fields: Record<string, string>) =>
      updateUserSchema.parse({
        id: String(id),
        name: input.name,
        email: input.email,
        position: input.position,
        role: "agency_head",
        agencyId: String(agencyId),
        active: "on",
        ...fields,
      });
    const kept = await openSession(id);
    await updateUserCommand(update({ name: "Andi Uji Baru" }), admin);
    expect(await sessionEnd(kept)).toMatchObject({ endedAt: null });
    expect((await lastHistory("user", id))?.changes).toEqual({ name: { from: input.name, to: "Andi Uji Baru" } });
    await updateUserCommand(update({ name: "Andi Uji Baru", role: "viewer", agencyId: "" }), admin);
    expect(await sessionEnd(kept)).toMatchObject({ endReason: "role_changed" });
    const next = await openSession(id);
    await updateUserCommand(update({ name: "Andi Uji Baru", role: "viewer", agencyId: "", active: "" }), admin);
    expect(await sessionEnd(next)).toMatchObject({ endReason: "deactivated" });
  });

  it("never let an admin lock themselves out", async () => {
    const [me] = await handle.db.select().from(s.users).where(eq(s.users.id, admin.id));
    const self = (fields: Record<string, string>) =>
      updateUserSchema.parse({ id: String(me!.id), name: me!.name, email: me!.email, role: "admin", agencyId: "", active: "on", ...fields });
    await expect(updateUserCommand(self({ active: "" }), admin)).rejects.toMatchObject({ field: "form", key: "selfLockout" });
    await expect(updateUserCommand(self({ role: "viewer" }), admin)).rejects.toMatchObject({ key: "selfLockout" });
    await expect(
      updateUserCommand(updateUserSchema.parse({ id: "999999", name: "X", email: "x@kawal.test", role: "viewer", agencyId: "", active: "on" }), admin),
    ).rejects.toMatchObject({ key: "notFound" });
  });

  it("get a new password from the admin, which signs them out everywhere", async () => {
    const input = newUser();
    const id = await createUserCommand(input, admin);
    const session = await openSession(id);
    await resetPasswordCommand({ id, password: "Sandi-Baru-Sinjai-2025" }, admin);
    const [row] = await handle.db.select().from(s.users).where(eq(s.users.id, id));
    expect(await checkPassword(row!.passwordHash, "Sandi-Baru-Sinjai-2025")).toBe(true);
    expect(await checkPassword(row!.passwordHash, input.password)).toBe(false);
    expect(await sessionEnd(session)).toMatchObject({ endReason: "password_reset" });
    expect(await lastHistory("user", id)).toMatchObject({ operation: "reset_password", changes: {} });
    await expect(resetPasswordCommand({ id: 999999, password: "Sandi-Baru-Sinjai-2025" }, admin)).rejects.toMatchObject({ key: "notFound" });
  });

  it("are signed out of every browser by the admin, counted", async () => {
    const id = await createUserCommand(newUser(), admin);
    await openSession(id);
    await openSession(id);
    expect(await endSessionsCommand({ id }, admin)).toBe(2);
    expect(
      await handle.db
        .select()
        .from(s.sessions)
        .where(and(eq(s.sessions.userId, id), isNull(s.sessions.endedAt))),
    ).toEqual([]);
    expect(await lastHistory("user", id)).toMatchObject({ operation: "end_sessions", changes: { sessions: 2 } });
  });
});

describe("attendees", () => {
  it("are removed from their own meeting only, with the history", async () => {
    const meeting = meetingSchema.parse({
      title: "Rakor uji",
      type: "coordination",
      date: "2025-07-02",
      startTime: "09:00",
      chairName: "Sekda",
      agenda: ["Pembukaan"],
      agendaId: [""],
    });
    const [first, other] = [await createMeetingCommand(meeting, secretariat), await createMeetingCommand(meeting, secretariat)];
    const [guest] = await handle.db.insert(s.attendees).values({ meetingId: first, name: "Tamu Uji", position: "Camat" }).returning({ id: s.attendees.id });
    await expect(removeAttendeeCommand({ meetingId: other, attendeeId: guest!.id }, secretariat)).rejects.toMatchObject({ key: "notFound" });
    await removeAttendeeCommand({ meetingId: first, attendeeId: guest!.id }, secretariat);
    expect(await handle.db.select().from(s.attendees).where(eq(s.attendees.meetingId, first))).toEqual([]);
    expect(await lastHistory("meeting", first)).toMatchObject({ operation: "remove_attendee", changes: { name: "Tamu Uji" } });
  });
});

describe("sectors, periods and sector targets", () => {
  const sector = (fields: Record<string, string> = {}) =>
    sectorSchema.parse({ code: "Nelayan", nameId: "Nelayan", nameEn: "Fishers", active: "on", ...fields });

  it("sectors get the next place, a unique code and their history", async () => {
    const first = await saveSectorCommand(sector(), admin);
    const second = await saveSectorCommand(sector({ code: "petani", nameId: "Petani", nameEn: "Farmers" }), admin);
    const rows = await handle.db.select().from(s.sectors).orderBy(s.sectors.position);
    expect(rows.map((r) => [r.id, r.code, r.position])).toEqual([
      [first, "nelayan", 1],
      [second, "petani", 2],
    ]);
    await saveSectorCommand(sector({ id: String(first), nameEn: "Fisherfolk" }), admin);
    expect((await lastHistory("sector", first))?.changes).toEqual({ nameEn: { from: "Fishers", to: "Fisherfolk" } });
    await expect(saveSectorCommand(sector({ code: "PETANI" }), admin)).rejects.toMatchObject({ field: "code", key: "codeTaken" });
    await expect(saveSectorCommand(sector({ id: "999999" }), admin)).rejects.toMatchObject({ key: "notFound" });
  });

  it("periods are one per year", async () => {
    const id = await createPeriodCommand(2031, admin);
    expect((await handle.db.select().from(s.periods).where(eq(s.periods.id, id)))[0]).toMatchObject({
      year: 2031,
      startsOn: "2031-01-01",
      endsOn: "2031-12-31",
    });
    await expect(createPeriodCommand(2031, admin)).rejects.toMatchObject({ field: "year", key: "periodExists" });
  });

  it("sector targets are saved over the version the form held, and a stale save is refused", async () => {
    const periodId = await createPeriodCommand(2032, admin);
    const sectorId = await saveSectorCommand(sector({ code: "ojek", nameId: "Pengemudi ojek", nameEn: "Motorcycle taxi drivers" }), admin);
    const form = (fields: Record<string, string>) =>
      sectorTargetSchema.parse({
        periodId: String(periodId),
        sectorId: String(sectorId),
        baselineParticipants: "1.200",
        targetParticipants: "2.500",
        eligiblePopulation: "",
        source: "bpjs_branch",
        dataDate: "2032-01-05",
        ...fields,
      });
    const target = () =>
      handle.db
        .select()
        .from(s.sectorTargets)
        .where(and(eq(s.sectorTargets.periodId, periodId), eq(s.sectorTargets.sectorId, sectorId)));
    await saveSectorTargetCommand(form({ version: "0" }), admin);
    expect((await target())[0]).toMatchObject({ baselineParticipants: 1200, targetParticipants: 2500, version: 1 });
    // Two people opened the form at version 1: the first save wins, the second is told so.
    await saveSectorTargetCommand(form({ version: "1", targetParticipants: "3.000" }), admin);
    await expect(saveSectorTargetCommand(form({ version: "1", targetParticipants: "2.800" }), secretariat)).rejects.toMatchObject({
      field: "form",
      key: "staleTarget",
    });
    await expect(saveSectorTargetCommand(form({ version: "0", targetParticipants: "2.800" }), secretariat)).rejects.toMatchObject({ key: "staleTarget" });
    expect((await target())[0]).toMatchObject({ targetParticipants: 3000, version: 2 });
    const [row] = await target();
    expect((await lastHistory("sector_target", row!.id))?.changes).toMatchObject({ targetParticipants: { from: 2500, to: 3000 } });
  });
});
