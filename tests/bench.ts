/**
 * Times the heaviest reads on a database filled far beyond the demo: 2,000 meetings, 20,000
 * action items, 10 years of monthly figures. Run with `npm run bench` (PGlite in memory) or with
 * DATABASE_URL set to an empty PostgreSQL database. Prints the median of 15 runs per query.
 */
import { sql } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { seedDemo } from "../db/seed/demo";

async function main() {
  const handle = openDatabase({ url: process.env.DATABASE_URL || undefined, dataDir: "memory" });
  (globalThis as unknown as { kawalDb?: typeof handle }).kawalDb = handle;
  const db = handle.db;
  await handle.migrate();
  await seedDemo(db);
  const started = Date.now();
  await db.execute(sql`insert into meetings (title, type, starts_at, chair_name, status, finalized_at, summary, place)
    select 'Rapat ' || g, (array['coordination','monev','technical','other'])[1 + g % 4]::meeting_type, now() - (g || ' days')::interval,
      'Sekda', case when g % 3 = 0 then 'draft' else 'minutes_final' end::meeting_status, case when g % 3 = 0 then null else now() end,
      'Pembahasan ' || md5(g::text), 'Ruang ' || (g % 10)
    from generate_series(1, 2000) g`);
  await db.execute(sql`insert into attendees (meeting_id, agency_id, name)
    select m.id, a.id, 'Peserta ' || a.id from meetings m cross join lateral (select id from agencies order by random() limit 3) a`);
  await db.execute(sql`update meetings set search = meeting_search_vector(id)`);
  await db.execute(sql`insert into action_items (meeting_id, title, owner_agency_id, due_date, status, priority, blocked_reason)
    select (select id from meetings order by id limit 1 offset (g % 2000)), 'Tindak lanjut ' || g,
      (select id from agencies order by id limit 1 offset (g % 7)), (current_date - 400 + (g % 800))::date,
      (array['open','in_progress','blocked','done','verified'])[1 + g % 5]::action_status, 'normal'::priority,
      case when g % 5 = 2 then 'Menunggu data' end
    from generate_series(1, 20000) g`);
  await db.execute(sql`insert into action_steps (action_item_id, position, title)
    select a.id, s, 'Langkah ' || s from action_items a cross join generate_series(1, 3) s where a.title like 'Tindak lanjut %'`);
  await db.execute(sql`analyze`);
  console.log(`Filled in ${((Date.now() - started) / 1000).toFixed(1)} s (${handle.kind}).`);

  const { listMeetings } = await import("../lib/meetings/queries");
  const { listVisibleActions, actionBoard } = await import("../lib/actions/queries");
  const { dashboardData } = await import("../lib/targets/queries");
  const users = await db.execute(sql`select id, role, agency_id from users`);
  const rows = (Array.isArray(users) ? users : (users as unknown as { rows: unknown[] }).rows) as Array<{ id: number; role: string; agency_id: number | null }>;
  const actor = (role: string) => { const u = rows.find((r) => r.role === role)!; return { id: u.id, role: u.role as never, agencyId: u.agency_id }; };
  const period = Number(((await db.execute(sql`select id from periods limit 1`)) as unknown as { rows?: Array<{ id: number }> }).rows?.[0]?.id ?? 1);

  const cases: Array<[string, () => Promise<unknown>]> = [
    ["meetings, secretariat, page 50", () => listMeetings({ actor: actor("secretariat"), page: 50 })],
    ["meetings, agency head, page 1", () => listMeetings({ actor: actor("agency_head"), page: 1 })],
    ["meetings, full-text search", () => listMeetings({ actor: actor("secretariat"), page: 1, filters: { q: "Pembahasan" } })],
    ["actions, agency head, overdue", () => listVisibleActions({ actor: actor("agency_head"), page: 1, filters: { overdue: true } })],
    ["actions, secretariat, page 200", () => listVisibleActions({ actor: actor("secretariat"), page: 200 })],
    ["action board, secretariat", () => actionBoard({ actor: actor("secretariat") })],
    ["dashboard, viewer", () => dashboardData({ actor: actor("viewer"), periodId: period })],
  ];
  for (const [name, run] of cases) {
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      await run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    console.log(`${name.padEnd(34)} median ${times[7]!.toFixed(1).padStart(7)} ms   max ${times[14]!.toFixed(1).padStart(7)} ms`);
  }
  await handle.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
