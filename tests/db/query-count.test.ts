/**
 * Query counts in the style of GitLab's QueryRecorder: count the SQL statements a page's loaders
 * send, add rows, count again. The count must stay the same (no statement per row), and paginated
 * statements must not compute per-row aggregates.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statementCounter, type DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { actionBoard, agencyActionSummary, getActionDetail, listVisibleActions } from "@/lib/actions/queries";
import type { Actor } from "@/lib/authz";
import { getMeetingDetail, listMeetings } from "@/lib/meetings/queries";
import { listNotifications } from "@/lib/notifications/queries";
import { loadDashboard } from "@/lib/targets/dashboard";
import { createSession } from "@/lib/auth/sessions";
import { findSessionUser } from "@/lib/users/queries";
import { freshDatabase } from "../support/database";

let handle: DatabaseHandle;
const actors: Record<string, Actor> = {};
let kesraId = 0;

async function record(run: () => Promise<unknown>): Promise<string[]> {
  const queries: string[] = [];
  statementCounter.listener = (query) => queries.push(query);
  try {
    await run();
  } finally {
    statementCounter.listener = undefined;
  }
  return queries;
}

/** More of everything a list shows per row: meetings with attendees, actions with steps and supporters. */
async function addRows(n: number, batch: string) {
  const tag = `Tambahan ${batch}`;
  await handle.db.execute(sql`insert into meetings (title, type, starts_at, chair_name, status)
    select ${tag} || ' ' || g, 'coordination', now() - (g || ' days')::interval, 'Sekda', 'held' from generate_series(1, ${n}) g`);
  await handle.db.execute(sql`insert into attendees (meeting_id, agency_id, name)
    select m.id, ${kesraId}, 'Peserta' from meetings m where m.title like ${tag + " %"}`);
  await handle.db.execute(sql`insert into action_items (meeting_id, title, owner_agency_id, due_date, status, blocked_reason)
    select m.id, 'Aksi ' || m.title, ${kesraId}, current_date + (m.id % 20) - 10, (array['open','in_progress','blocked','done'])[1 + m.id % 4]::action_status,
      case when m.id % 4 = 2 then 'Menunggu data' end
    from meetings m where m.title like ${tag + " %"}`);
  await handle.db.execute(sql`insert into action_steps (action_item_id, position, title, done_at)
    select a.id, p, 'Langkah ' || p, case when p = 1 then now() end from action_items a cross join generate_series(1, 3) p where a.title like ${"Aksi " + tag + " %"}`);
  await handle.db.execute(sql`insert into action_supporters (action_item_id, agency_id)
    select a.id, ${actors.bkad!.agencyId} from action_items a where a.title like ${"Aksi " + tag + " %"}`);
  await handle.db.execute(sql`insert into notifications (user_id, kind, action_item_id)
    select ${actors.kesra!.id}, 'assigned', a.id from action_items a where a.title like ${"Aksi " + tag + " %"}`);
}

beforeAll(async () => {
  handle = await freshDatabase({ seed: true });
  for (const u of await handle.db.select().from(s.users))
    actors[u.email.split("@")[0]!] = { id: u.id, role: u.role, agencyId: u.agencyId, tenantId: u.tenantId };
  kesraId = actors.kesra!.agencyId!;
});
afterAll(() => handle.close());

const firstId = async (table: "meetings" | "action_items") => {
  const r = await handle.db.execute(sql.raw(`select max(id) as id from ${table}`));
  return Number(((Array.isArray(r) ? r : (r as { rows: unknown[] }).rows)[0] as { id: number }).id);
};

/** What each page loads, as the page calls it (the session lookup is one statement more). */
const pages: Record<string, () => Promise<unknown>> = {
  "agency head's home": () =>
    Promise.all([
      agencyActionSummary({ actor: actors.kesra! }),
      listVisibleActions({ actor: actors.kesra!, page: 1 }),
      listMeetings({ actor: actors.kesra!, page: 1 }),
    ]),
  "action table, page 2": () => listVisibleActions({ actor: actors.sekretariat!, page: 2 }),
  "action board": () => actionBoard({ actor: actors.sekretariat! }),
  "meetings list": () => listMeetings({ actor: actors.sekretariat!, page: 2, pageSize: 5 }),
  "a meeting": async () => getMeetingDetail({ actor: actors.sekretariat!, id: await firstId("meetings") }),
  "an action": async () => getActionDetail({ actor: actors.kesra!, id: await firstId("action_items") }),
  notifications: () => listNotifications({ userId: actors.kesra!.id, page: 1 }),
  dashboard: () => loadDashboard(actors.sekda!),
  "leader's home": () => Promise.all([loadDashboard(actors.sekda!), listMeetings({ actor: actors.sekda!, page: 1, pageSize: 10 })]),
};

/** Every page's budget (npm run bench), less the one statement of the session lookup. */
const PAGE_BUDGET = 10 - 1;

describe("statements per page", () => {
  // The budget of 10 per request (session and layout included) is checked by `npm run bench`.
  it("stay the same when rows are added", async () => {
    // Some rows first, so that every list has rows on the pages counted (an empty page skips a statement).
    await addRows(30, "a");
    const before: Record<string, number> = {};
    for (const [name, load] of Object.entries(pages)) before[name] = (await record(load)).length;
    await addRows(60, "b");
    for (const [name, load] of Object.entries(pages)) {
      const after = (await record(load)).length;
      expect({ name, statements: after }).toEqual({ name, statements: before[name] });
      expect({ name, statements: after }).toEqual({ name, statements: Math.min(after, PAGE_BUDGET) });
    }
  });

  it("load the session, its user and the header's unread count in one statement", async () => {
    const sessionId = await createSession({ userId: actors.kesra!.id, ipAddress: "127.0.0.1", userAgent: "test" });
    const unread = async () => {
      const r = await handle.db.execute(sql`select count(*)::int n from notifications where user_id = ${actors.kesra!.id} and read_at is null`);
      return Number(((Array.isArray(r) ? r : (r as { rows: unknown[] }).rows)[0] as { n: number }).n);
    };
    let user: Awaited<ReturnType<typeof findSessionUser>> = null;
    const queries = await record(async () => {
      user = await findSessionUser(sessionId);
    });
    expect(queries).toHaveLength(1);
    expect(user).toMatchObject({ id: actors.kesra!.id, unreadNotifications: await unread() });
    await handle.db.execute(sql`insert into notifications (user_id, kind) select ${actors.kesra!.id}, 'overdue' from generate_series(1, 3)`);
    const more = await findSessionUser(sessionId);
    expect(more?.unreadNotifications).toBe(await unread());
    expect(more?.unreadNotifications).toBe(user!.unreadNotifications + 3);
  });

  // Subqueries in a statement with OFFSET run for every skipped row as well.
  it("compute per-row counts for the rows shown, not in a statement with OFFSET", async () => {
    for (const load of [pages["action table, page 2"]!, pages["meetings list"]!]) {
      const queries = await record(load);
      const paginated = queries.filter((q) => /\boffset\b/i.test(q));
      expect(paginated.length).toBeGreaterThan(0);
      // The counts may surround the page when it is a derived table: (select … offset $n) "page".
      for (const q of paginated)
        expect(q.replace(/^select .* from \((select .*offset \$\d+)\) "page".*$/is, "$1")).not.toMatch(/"action_steps"|"attendees"|"commitments"/);
    }
  });
});

describe("counts computed apart from their lists", () => {
  it("are each row's own", async () => {
    const meetings = await listMeetings({ actor: actors.sekretariat!, page: 1, pageSize: 500 });
    const [expected] = [
      await handle.db.execute(sql`select m.id, (select count(*)::int from attendees a where a.meeting_id = m.id) attendees,
      (select count(*)::int from commitments c where c.meeting_id = m.id) commitments from meetings m`),
    ];
    const rows = (Array.isArray(expected) ? expected : (expected as { rows: unknown[] }).rows) as Array<{ id: number; attendees: number; commitments: number }>;
    expect(meetings.rows.map((m) => [m.id, m.attendeeCount, m.commitmentCount]).sort()).toEqual(rows.map((r) => [r.id, r.attendees, r.commitments]).sort());
    expect(meetings.rows.some((m) => m.attendeeCount > 1)).toBe(true);

    const actions = await listVisibleActions({ actor: actors.sekretariat!, page: 1, pageSize: 500 });
    const steps = await handle.db.execute(
      sql`select a.id, count(s.id)::int total, count(s.done_at)::int done from action_items a left join action_steps s on s.action_item_id = a.id group by a.id`,
    );
    const stepRows = (Array.isArray(steps) ? steps : (steps as { rows: unknown[] }).rows) as Array<{ id: number; total: number; done: number }>;
    expect(actions.rows.map((a) => [a.id, a.stepsTotal, a.stepsDone]).sort()).toEqual(stepRows.map((r) => [r.id, r.total, r.done]).sort());
  });
});

describe("keyset pages of the action list", () => {
  it("are the same rows as the numbered pages, forwards and backwards, without OFFSET", async () => {
    const actor = actors.sekretariat!;
    const pageSize = 7;
    const numbered = async (page: number) => (await listVisibleActions({ actor, page, pageSize })).rows.map((r) => r.id);
    const first = await listVisibleActions({ actor, page: 1, pageSize });
    const pages = Math.ceil(first.total / pageSize);
    expect(pages).toBeGreaterThan(3);
    let current = first;
    for (let page = 2; page <= pages; page++) {
      let found: Awaited<ReturnType<typeof listVisibleActions>> | undefined;
      const queries = await record(async () => {
        found = await listVisibleActions({ actor, page, pageSize, cursor: { direction: "after", key: current.nextKey! } });
      });
      expect(found!.rows.map((r) => r.id)).toEqual(await numbered(page));
      expect(queries.find((q) => /"action_items_list|limit/i.test(q) && /\(case when/i.test(q))).not.toMatch(/\boffset \$\d+/i);
      // Back from here: the page before, as numbered.
      const back = await listVisibleActions({ actor, page: page - 1, pageSize, cursor: { direction: "before", key: found!.previousKey! } });
      expect(back.rows.map((r) => r.id)).toEqual(await numbered(page - 1));
      current = found!;
    }
    expect(current.nextKey).toBeUndefined();
  });

  it("fall back to the numbered page when the cursor is not a key", async () => {
    const actor = actors.sekretariat!;
    for (const key of ["", "x", "2.2025-01-01.5", "0.2025-13-45.1", "0.2025-02-30.1", "0.2025-01-01.99999999999", "1.2025-01-01.1;drop"]) {
      const listed = await listVisibleActions({ actor, page: 2, pageSize: 5, cursor: { direction: "after", key } });
      expect(listed.rows.map((r) => r.id)).toEqual((await listVisibleActions({ actor, page: 2, pageSize: 5 })).rows.map((r) => r.id));
    }
  });
});
