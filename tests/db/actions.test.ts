import { and, eq, sum } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { createActionCommand, updateActionCommand } from "@/lib/actions/commands";
import { getActionDetail, getEvidenceFile, listVisibleActions } from "@/lib/actions/queries";
import { actionPlanSchema, progressSchema } from "@/lib/actions/rules";
import { addCommentCommand, addProgressCommand, changeStatusCommand, reviewCommand, toggleStepCommand } from "@/lib/actions/work-commands";
import type { Actor } from "@/lib/authz";
import { saveUserLocale } from "@/lib/i18n/commands";
import { resetMailer } from "@/lib/notifications/email";
import { sendReminders } from "@/lib/notifications/reminders";
import { demoActors } from "../support/actors";
import { freshDatabase } from "../support/database";

let handle: DatabaseHandle;
const actors: Record<string, Actor> = {};
const agencyIds: Record<string, number> = {};
let cooperativesTarget = 0;
let meetingId = 0;
const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);

const plan = (overrides: Record<string, unknown> = {}) =>
  actionPlanSchema.parse({
    title: "Pendaftaran pengurus koperasi",
    description: "Dari kesepakatan rakor",
    ownerAgencyId: String(agencyIds.DISKOPUKMNAKER),
    supporterIds: [String(agencyIds.KESRA)],
    dueDate: "2025-09-30",
    priority: "high",
    meetingId: String(meetingId),
    stepId: ["", ""],
    stepTitle: ["Daftar koperasi aktif", "Klinik pendaftaran"],
    stepDue: ["2025-08-15", "2025-09-15"],
    targetId: [String(cooperativesTarget)],
    targetExpected: ["2.000"],
    ...overrides,
  });

async function detail(id: number, who = "sekretariat") {
  return getActionDetail({ actor: actors[who]!, id });
}

beforeAll(async () => {
  handle = await freshDatabase({ seed: true });
  Object.assign(actors, await demoActors(handle.db));
  for (const a of await handle.db.select().from(s.agencies)) agencyIds[a.code] = a.id;
  const [coop] = await handle.db
    .select({ id: s.sectorTargets.id })
    .from(s.sectorTargets)
    .innerJoin(s.sectors, eq(s.sectors.id, s.sectorTargets.sectorId))
    .where(eq(s.sectors.code, "cooperatives"));
  cooperativesTarget = coop!.id;
  meetingId = (await handle.db.select().from(s.meetings))[0]!.id;
});
afterAll(() => handle.close());

describe("creating an action", () => {
  it("saves steps, supporters and sector links, and tells the owning agency", async () => {
    const id = await createActionCommand(plan(), actors.sekretariat!);
    const a = (await detail(id))!;
    expect(a.steps.map((x) => [x.position, x.title, x.dueDate])).toEqual([
      [1, "Daftar koperasi aktif", "2025-08-15"],
      [2, "Klinik pendaftaran", "2025-09-15"],
    ]);
    expect(a.supporters.map((x) => x.name)).toEqual(["Bagian Kesra"]);
    expect(a.targets.map((x) => [x.sectorNameId, x.expected])).toEqual([["Koperasi", 2000]]);
    const inbox = await handle.db
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.userId, actors.koperasi!.id), eq(s.notifications.actionItemId, id)));
    expect(inbox.map((n) => n.kind)).toEqual(["assigned"]);
  });

  it("carries a commitment only from the meeting that made it", async () => {
    const [commitment] = await handle.db.select().from(s.commitments).where(eq(s.commitments.meetingId, meetingId));
    await expect(
      createActionCommand(plan({ title: "Tanpa rapat", commitmentId: String(commitment!.id), meetingId: "" }), actors.sekretariat!),
    ).rejects.toMatchObject({ field: "meetingId", key: "commitmentOtherMeeting" });
    const id = await createActionCommand(
      plan({ title: "Dari kesepakatan", commitmentId: String(commitment!.id), meetingId: String(meetingId) }),
      actors.sekretariat!,
    );
    expect((await detail(id))!.commitmentId).toBe(commitment!.id);
  });
});

describe("who may see and change an action", () => {
  let id = 0;
  beforeAll(async () => {
    id = await createActionCommand(plan({ title: "Sosialisasi di pasar" }), actors.sekretariat!);
  });

  it("another agency's head can neither read nor touch it, the supporting agency can read and report", async () => {
    expect(await detail(id, "bkad")).toBeNull();
    expect((await listVisibleActions({ actor: actors.bkad!, page: 1 })).rows.map((r) => r.id)).not.toContain(id);
    const step = (await detail(id))!.steps[0]!;
    await expect(toggleStepCommand({ actionId: id, stepId: step.id, done: "true" }, actors.bkad!)).rejects.toMatchObject({ key: "notFound" });
    await expect(addCommentCommand({ actionId: id, body: "Intip" }, actors.bkad!)).rejects.toMatchObject({ key: "notFound" });
    expect(await detail(id, "kesra")).not.toBeNull();
    await toggleStepCommand({ actionId: id, stepId: step.id, done: "true" }, actors.kesra!);
    const version = (await detail(id))!.version;
    await expect(changeStatusCommand({ actionId: id, version, status: "done", reason: "" }, actors.kesra!)).rejects.toMatchObject({
      key: "transitionNotAllowed",
    });
  });

  it("serves evidence only to those who may see the action", async () => {
    await addProgressCommand(
      progressSchema.parse({ actionId: id, body: "Foto kegiatan", percent: 40, targetId: [], achieved: [] }),
      [{ name: "notulen.pdf", bytes: pdf }],
      actors.koperasi!,
    );
    const fileId = (await detail(id))!.updates[0]!.files[0]!.id;
    expect((await getEvidenceFile({ actor: actors.koperasi!, id: fileId }))?.fileName).toBe("notulen.pdf");
    expect(await getEvidenceFile({ actor: actors.bkad!, id: fileId })).toBeNull();
    expect((await getEvidenceFile({ actor: actors.sekda!, id: fileId }))?.sizeBytes).toBe(pdf.byteLength);
  });

  it("refuses evidence that is not what its name says, and saves nothing of that report", async () => {
    const before = (await detail(id))!.updates.length;
    await expect(
      addProgressCommand(
        progressSchema.parse({ actionId: id, body: "Berkas aneh", percent: null, targetId: [], achieved: [] }),
        [{ name: "foto.jpg", bytes: pdf }],
        actors.koperasi!,
      ),
    ).rejects.toMatchObject({ key: "evidenceType" });
    expect((await detail(id))!.updates.length).toBe(before);
  });
});

describe("the workflow and verification", () => {
  const coopVerified = async () =>
    Number(
      (
        await handle.db
          .select({ n: sum(s.actionTargets.verifiedContribution) })
          .from(s.actionTargets)
          .where(eq(s.actionTargets.sectorTargetId, cooperativesTarget))
      )[0]?.n ?? 0,
    );

  it("counts reported figures toward the target only once the BPJS branch verifies them", async () => {
    const id = await createActionCommand(plan({ title: "Pendaftaran koperasi tahap 1" }), actors.sekretariat!);
    const baseline = await coopVerified();
    await addProgressCommand(
      progressSchema.parse({ actionId: id, body: "650 pengurus terdaftar", percent: 60, targetId: [String(cooperativesTarget)], achieved: ["650"] }),
      [],
      actors.koperasi!,
    );
    expect((await detail(id))!.status).toBe("in_progress");
    let a = (await detail(id))!;
    await changeStatusCommand({ actionId: id, version: a.version, status: "done", reason: "" }, actors.koperasi!);
    expect(await coopVerified()).toBe(baseline);
    a = (await detail(id))!;
    await expect(reviewCommand({ actionId: id, version: a.version, decision: "verify", comment: "" }, actors.koperasi!)).rejects.toMatchObject({
      key: "forbidden",
    });
    await reviewCommand({ actionId: id, version: a.version, decision: "return", comment: "Lampirkan daftar nama" }, actors.bpjs!);
    a = (await detail(id))!;
    expect(a.status).toBe("in_progress");
    expect(a.comments.at(-1)?.body).toBe("Lampirkan daftar nama");
    const returned = await handle.db
      .select()
      .from(s.notifications)
      .where(and(eq(s.notifications.actionItemId, id), eq(s.notifications.kind, "returned")));
    expect(returned.map((n) => n.userId)).toEqual([actors.koperasi!.id]);
    await addProgressCommand(
      progressSchema.parse({ actionId: id, body: "Daftar nama terlampir", percent: 100, targetId: [String(cooperativesTarget)], achieved: ["700"] }),
      [{ name: "daftar.pdf", bytes: pdf }],
      actors.koperasi!,
    );
    a = (await detail(id))!;
    await changeStatusCommand({ actionId: id, version: a.version, status: "done", reason: "" }, actors.koperasi!);
    a = (await detail(id))!;
    await reviewCommand({ actionId: id, version: a.version, decision: "verify", comment: "" }, actors.bpjs!);
    a = (await detail(id))!;
    expect(a.status).toBe("verified");
    expect(a.targets[0]).toMatchObject({ reported: 700, verified: 700 });
    expect(await coopVerified()).toBe(baseline + 700);
    expect(a.history.map((h) => h.operation)).toEqual(expect.arrayContaining(["create", "progress", "status", "return", "verify"]));
    await expect(
      addProgressCommand(progressSchema.parse({ actionId: id, body: "Lagi", percent: null, targetId: [], achieved: [] }), [], actors.koperasi!),
    ).rejects.toMatchObject({ key: "actionVerified" });
  });
});

describe("two people editing the same action", () => {
  it("refuses the second save instead of overwriting the first", async () => {
    const id = await createActionCommand(plan({ title: "Rapat teknis koperasi" }), actors.sekretariat!);
    const a = (await detail(id))!;
    const common = { id: String(id), version: String(a.version), stepId: a.steps.map((x) => String(x.id)), changeReason: "Disepakati ulang" };
    await updateActionCommand(plan({ ...common, title: "Rapat teknis koperasi (diubah Sekretariat)" }), actors.sekretariat!);
    await expect(updateActionCommand(plan({ ...common, title: "Rapat teknis koperasi (diubah Admin)" }), actors.admin!)).rejects.toMatchObject({
      key: "staleAction",
    });
    expect((await detail(id))!.title).toBe("Rapat teknis koperasi (diubah Sekretariat)");
    await expect(changeStatusCommand({ actionId: id, version: a.version, status: "in_progress", reason: "" }, actors.koperasi!)).rejects.toMatchObject({
      key: "staleAction",
    });
  });

  it("asks why the agreed steps or due date changed after the meeting, and keeps the reason", async () => {
    const id = await createActionCommand(plan({ title: "Pendataan koperasi" }), actors.sekretariat!);
    const a = (await detail(id))!;
    const edit = { id: String(id), version: String(a.version), stepId: a.steps.map((x) => String(x.id)), dueDate: "2025-10-31" };
    await expect(updateActionCommand(plan(edit), actors.sekretariat!)).rejects.toMatchObject({ key: "changeReasonRequired" });
    await updateActionCommand(plan({ ...edit, changeReason: "Data desa terlambat" }), actors.sekretariat!);
    const after = (await detail(id))!;
    expect(after.dueDate).toBe("2025-10-31");
    expect(after.history[0]).toMatchObject({ operation: "update_plan", reason: "Data desa terlambat" });
    expect(after.history[0]?.changes).toMatchObject({ dueDate: { from: "2025-09-30", to: "2025-10-31" } });
  });
});

describe("reminders", () => {
  it("are sent once per action, person and day, by in-app notice and e-mail", async () => {
    const received: string[] = [];
    const sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, callback) {
        let text = "";
        stream.on("data", (c: Buffer) => {
          text += c.toString();
        });
        stream.on("end", () => {
          received.push(`${session.envelope.rcptTo.map((r) => r.address).join(",")}\n${text}`);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
    const port = (sink.server.address() as { port: number }).port;
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    resetMailer();
    try {
      await saveUserLocale(handle.db, actors.koperasi!.id, "en");
      const day = new Date("2025-09-28T02:00:00Z");
      const first = await sendReminders(handle.db, day);
      expect(first.created).toBeGreaterThan(0);
      expect(first.emailed).toBe(first.created);
      expect(received.length).toBe(first.created);
      // Each in the recipient's language, with the due date written out, never as YYYY-MM-DD.
      expect(received.some((m) => m.startsWith("kesra@sinjai.demo") && m.includes("Terlambat sejak"))).toBe(true);
      expect(received.some((m) => m.startsWith("koperasi@sinjai.demo") && m.includes("Due September 30, 2025"))).toBe(true);
      expect(received.filter((m) => m.startsWith("koperasi@sinjai.demo")).join("")).not.toMatch(/Terlambat|Jatuh tempo|tenggat/);
      expect(received.join("")).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      const again = await sendReminders(handle.db, new Date("2025-09-28T09:00:00Z"));
      expect(again).toEqual({ created: 0, emailed: 0 });
      const nextDay = await sendReminders(handle.db, new Date("2025-09-29T02:00:00Z"));
      expect(nextDay.created).toBeGreaterThan(0);
      const keys = await handle.db.select({ key: s.notifications.dedupeKey }).from(s.notifications).where(eq(s.notifications.userId, actors.kesra!.id));
      expect(new Set(keys.map((k) => k.key)).size).toBe(keys.length);
    } finally {
      delete process.env.SMTP_URL;
      resetMailer();
      await new Promise<void>((resolve) => sink.close(() => resolve()));
    }
  });
});
