import { and, eq, inArray, isNull, like } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { notify } from "@/lib/notifications/commands";
import { emailNotifications, resetMailer } from "@/lib/notifications/email";
import { sendReminders } from "@/lib/notifications/reminders";
import { demoActors } from "../support/actors";
import { freshDatabase } from "../support/database";

// Several servers may each run the reminder job from cron at the same minute, and a change's
// e-mail may reach a reminder while the job sends it: every notice is still e-mailed once.
// On PostgreSQL the two runs below are concurrent transactions on separate connections.

let handle: DatabaseHandle;
const actors: Record<string, Actor> = {};
const received: string[] = [];
const refused = new Set<string>();
let sink: SMTPServer;

beforeAll(async () => {
  handle = await freshDatabase({ seed: true });
  Object.assign(actors, await demoActors(handle.db));
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(refused.has(address.address) ? new Error("mailbox unavailable") : undefined);
    },
    onData(stream, session, callback) {
      let text = "";
      stream.on("data", (c: Buffer) => (text += c.toString()));
      stream.on("end", () => {
        received.push(`${session.envelope.rcptTo.map((r) => r.address).join(",")} ${/\/actions\/(\d+)/.exec(text.replace(/=\r?\n/g, ""))?.[1]}`);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(sink.server.address() as { port: number }).port}`;
  resetMailer();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  resetMailer();
  await new Promise<void>((resolve) => sink.close(() => resolve()));
  await handle.close();
});

const remindersOf = (day: string) =>
  handle.db
    .select()
    .from(s.notifications)
    .where(like(s.notifications.dedupeKey, `%:${day}`));

describe("reminder runs at the same time", () => {
  it("create and e-mail each reminder once", async () => {
    received.length = 0;
    const now = new Date("2025-10-02T01:00:00Z");
    const runs = await Promise.all([sendReminders(handle.db, now), sendReminders(handle.db, now), sendReminders(handle.db, now)]);
    const rows = await remindersOf("2025-10-02");
    expect(rows.length).toBeGreaterThan(0);
    expect(runs.reduce((n, r) => n + r.created, 0)).toBe(rows.length);
    expect(runs.reduce((n, r) => n + r.emailed, 0)).toBe(rows.length);
    expect(rows.every((r) => r.emailedAt !== null)).toBe(true);
    expect(received).toHaveLength(rows.length);
    expect(new Set(received).size).toBe(received.length);
  });

  it("two senders handed the same notices e-mail each once", async () => {
    received.length = 0;
    const [action] = await handle.db.select({ id: s.actionItems.id }).from(s.actionItems).limit(1);
    const ids = await handle.db.transaction((tx) =>
      notify(tx, { userIds: [actors.kesra!.id, actors.bkad!.id], kind: "verified", params: { title: "Klaim bersamaan" }, actionItemId: action!.id }),
    );
    const sent = await Promise.all([emailNotifications(handle.db, ids), emailNotifications(handle.db, ids)]);
    expect(sent[0] + sent[1]).toBe(2);
    expect(received).toHaveLength(2);
    expect(
      await handle.db
        .select()
        .from(s.notifications)
        .where(and(inArray(s.notifications.id, ids), isNull(s.notifications.emailedAt))),
    ).toEqual([]);
  });

  it("a reminder whose e-mail failed is sent by the next run, once", async () => {
    received.length = 0;
    const kesra = (await handle.db.select({ email: s.users.email }).from(s.users).where(eq(s.users.id, actors.kesra!.id)))[0]!.email;
    refused.add(kesra);
    const now = new Date("2025-10-03T01:00:00Z");
    try {
      const first = await sendReminders(handle.db, now);
      const kesraRows = (await remindersOf("2025-10-03")).filter((r) => r.userId === actors.kesra!.id);
      expect(kesraRows.length).toBeGreaterThan(0);
      expect(kesraRows.every((r) => r.emailedAt === null)).toBe(true);
      expect(first.emailed).toBe(first.created - kesraRows.length);
    } finally {
      refused.delete(kesra);
    }
    const before = received.length;
    const second = await sendReminders(handle.db, new Date("2025-10-03T05:00:00Z"));
    const kesraRows = (await remindersOf("2025-10-03")).filter((r) => r.userId === actors.kesra!.id);
    expect(second).toEqual({ created: 0, emailed: kesraRows.length });
    expect(received.slice(before).every((m) => m.startsWith(`${kesra} `))).toBe(true);
    expect(await sendReminders(handle.db, new Date("2025-10-03T09:00:00Z"))).toEqual({ created: 0, emailed: 0 });
  });
});
