import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";
import { mails, ownerSql, todayInWita } from "./support";

/** `npm run reminders` as cron starts it on one server; resolves with its output line. */
function reminderRun(): Promise<{ created: number; emailed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "reminders"], { env: { ...process.env, NODE_ENV: "production" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const line = /Reminders: (\d+) new notifications, (\d+) e-mailed\b/.exec(output);
      if (code !== 0 || !line) return reject(new Error(`npm run reminders ended with ${code}:\n${output}`));
      resolve({ created: Number(line[1]), emailed: Number(line[2]) });
    });
  });
}

/** The action an e-mail links to, with its recipient: one reminder. */
const reminderOf = (mail: { to: string[]; message: string }) => `${mail.to.join(",")} ${/\/actions\/(\d+)/.exec(mail.message.replace(/=\r?\n/g, ""))?.[1]}`;

test("a reminder run on both servers at once creates and e-mails each reminder once", async () => {
  test.slow();
  const today = todayInWita();
  const before = mails().length;

  // Cron on each server fires at the same minute.
  const runs = await Promise.all([reminderRun(), reminderRun()]);
  test.info().annotations.push({ type: "runs", description: JSON.stringify(runs) });

  const sql = ownerSql();
  try {
    const rows = await sql<{ id: number; email: string; action_item_id: number; emailed: boolean }[]>`
      select n.id, u.email, n.action_item_id, n.emailed_at is not null as emailed
      from notifications n join users u on u.id = n.user_id
      where n.dedupe_key like ${`%:${today}`}`;
    // The demo has open actions past their due date: there is something to remind.
    expect(rows.length).toBeGreaterThan(0);
    expect(runs[0].created + runs[1].created, "notifications created by the two runs together").toBe(rows.length);
    expect(runs[0].emailed + runs[1].emailed, "e-mails sent by the two runs together").toBe(rows.length);
    expect(rows.every((r) => r.emailed)).toBe(true);

    const sent = mails().slice(before);
    expect(sent).toHaveLength(rows.length);
    const reminders = sent.map(reminderOf);
    expect(new Set(reminders).size, "no reminder e-mailed twice").toBe(reminders.length);
    expect(new Set(reminders)).toEqual(new Set(rows.map((r) => `${r.email} ${r.action_item_id}`)));
  } finally {
    await sql.end();
  }

  // A run later the same day finds nothing new to send.
  const again = await reminderRun();
  expect(again).toEqual({ created: 0, emailed: 0 });
});
