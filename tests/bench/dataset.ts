/**
 * The benchmark's data, generated inside the database with generate_series (no rows cross the
 * wire), on top of the demo seed so the demo logins keep working and each agency head owns or
 * supports a realistic share: actions are spread over every agency, Bagian Kesra's included.
 * Written as the owner (no row-level security), every row with its tenant: the first (Sinjai, the
 * demo's) at the smaller scales; at province scale 25 regencies, the other 24 with Sinjai's
 * agencies and logins copied into them (same e-mails: users are per regency), meetings dealt
 * round-robin among all 25.
 */
import { sql } from "drizzle-orm";
import type { Database } from "../../db/client";

export const SCALES = {
  /** About 1 % of ten years: what CI runs to prove the benchmark and its budgets. */
  small: { tenants: 1, meetings: 20, actionsPerMeeting: 20, stepsPerAction: 3, historyPerAction: 7, notifications: 700 },
  /** Ten years of one regency: 2,000 meetings, 40,000 actions, 120,000 steps, 280,000 history rows, 70,000 notices. */
  "ten-year": { tenants: 1, meetings: 2000, actionsPerMeeting: 20, stepsPerAction: 3, historyPerAction: 7, notifications: 70_000 },
  /** 25 regencies, ten years each: 50,000 meetings, 1,000,000 actions, 7,000,000 history rows. */
  province: { tenants: 25, meetings: 50_000, actionsPerMeeting: 20, stepsPerAction: 3, historyPerAction: 7, notifications: 1_750_000 },
} as const;
export type Scale = keyof typeof SCALES;

/** `db` is the owner (DatabaseHandle.owner): the rows name their tenants themselves. */
export async function generate(db: Database, scale: Scale, log: (line: string) => void) {
  const s = SCALES[scale];
  const step = async (label: string, query: ReturnType<typeof sql>) => {
    const t0 = Date.now();
    await db.execute(query);
    log(`  ${label} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  };
  const first = sql`(select min(id) from tenants)`;
  if (s.tenants > 1) {
    await step(
      "regencies",
      sql`insert into tenants (slug, name) select 'kabupaten-' || lpad(g::text, 2, '0'), 'Kabupaten Uji ' || g from generate_series(2, ${s.tenants}) g`,
    );
    await step(
      "their agencies",
      sql`insert into agencies (tenant_id, code, name, short_name, kind, head_title)
      select t.id, a.code, a.name, a.short_name, a.kind, a.head_title from tenants t cross join agencies a where t.slug like 'kabupaten-%' and a.tenant_id = ${first}`,
    );
    await step(
      "their logins",
      sql`insert into users (tenant_id, email, name, position, password_hash, role, agency_id)
      select t.id, u.email, u.name, u.position, u.password_hash, u.role, (select c.id from agencies c where c.tenant_id = t.id and c.code = a.code)
      from tenants t cross join users u left join agencies a on a.id = u.agency_id where t.slug like 'kabupaten-%' and u.tenant_id = ${first}`,
    );
  }
  // The regencies the generated meetings are dealt to, in id order (the demo's second regency keeps only its own few rows).
  const dealt = sql`(select array_agg(id order by id) from tenants where id = ${first} or slug like 'kabupaten-%')`;
  await step(
    "meetings",
    sql`insert into meetings (tenant_id, title, type, starts_at, chair_name, status, finalized_at, summary, place)
    select ${dealt}[1 + g % array_length(${dealt}, 1)], 'Rapat koordinasi ' || g, (array['coordination','monev','technical','other'])[1 + g % 4]::meeting_type,
      now() - ((g * 3650 / ${s.meetings}) || ' days')::interval - interval '1 day', 'Sekda',
      case when g % 10 = 0 then 'draft' else 'minutes_final' end::meeting_status, case when g % 10 = 0 then null else now() end,
      'Pembahasan cakupan ' || md5(g::text), 'Ruang ' || (g % 10)
    from generate_series(1, ${s.meetings}) g`,
  );
  await step(
    "attendees",
    sql`insert into attendees (tenant_id, meeting_id, agency_id, name)
    select m.tenant_id, m.id, a.id, 'Peserta ' || a.short_name from meetings m join agencies a on a.tenant_id = m.tenant_id and (m.id + a.id) % 3 = 0
    where m.title like 'Rapat koordinasi %'`,
  );
  await step("search", sql`update meetings set search = meeting_search_vector(id) where title like 'Rapat koordinasi %'`);
  await step(
    "actions",
    sql`insert into action_items (tenant_id, meeting_id, title, owner_agency_id, due_date, status, priority, blocked_reason)
    select tenant_id, id, title, owner, due, status, priority, case when status = 'blocked' then 'Menunggu data' end from (
      select m.tenant_id, m.id, 'Tindak lanjut ' || m.id || '-' || g title, ag.ids[1 + (m.id * 7 + g) % array_length(ag.ids, 1)] owner,
        (m.starts_at::date + 30 + (g * 11) % 120) due,
        (case when m.starts_at > now() - interval '180 days' then (array['open','in_progress','blocked','done','open'])[1 + g % 5]
              else (array['verified','verified','done','verified','in_progress'])[1 + g % 5] end)::action_status status,
        (array['low','normal','high'])[1 + g % 3]::priority priority
      from meetings m cross join generate_series(1, ${s.actionsPerMeeting}) g
      cross join lateral (select array_agg(id order by id) ids from agencies where tenant_id = m.tenant_id) ag
      where m.title like 'Rapat koordinasi %') generated`,
  );
  await step(
    "supporters",
    sql`insert into action_supporters (tenant_id, action_item_id, agency_id)
    select a.tenant_id, a.id, ag.ids[1 + (a.id * 3) % array_length(ag.ids, 1)] from action_items a
    cross join lateral (select array_agg(id order by id) ids from agencies where tenant_id = a.tenant_id) ag
    where a.title like 'Tindak lanjut %' and a.id % 4 = 0 and ag.ids[1 + (a.id * 3) % array_length(ag.ids, 1)] <> a.owner_agency_id`,
  );
  await step(
    "steps",
    sql`insert into action_steps (tenant_id, action_item_id, position, title, done_at)
    select a.tenant_id, a.id, p, 'Langkah ' || p, case when a.status in ('done', 'verified') or p = 1 then now() end
    from action_items a cross join generate_series(1, ${s.stepsPerAction}) p where a.title like 'Tindak lanjut %'`,
  );
  // The history chain's trigger updates one head row per inserted row, which in one transaction of
  // 280,000 rows grows quadratically. The generated rows get their positions here instead, with
  // placeholder hashes (`npm run audit:verify` reports a bench database's chain as broken), and the
  // trigger chains every row written after them.
  await step("history", sql`alter table history disable trigger history_chain`);
  await step(
    "history rows",
    sql`insert into history (tenant_id, seq, hash, entity_type, entity_id, operation, changes, created_at)
    select a.tenant_id, (select rows from audit_chain_heads where chain = 'history') + row_number() over (order by a.id, h), 'bench',
      'action_item', a.id, (array['create','update','status','progress','step','comment','review'])[h], jsonb_build_object('n', h), now() - ((h * 5) || ' days')::interval
    from action_items a cross join generate_series(1, ${s.historyPerAction}) h where a.title like 'Tindak lanjut %'`,
  );
  await step("history head", sql`update audit_chain_heads set rows = (select max(seq) from history), last_hash = repeat('b', 64) where chain = 'history'`);
  await step("history trigger", sql`alter table history enable trigger history_chain`);
  await step(
    "notifications",
    sql`insert into notifications (tenant_id, user_id, kind, action_item_id, params, read_at, created_at)
    select a.tenant_id, u.ids[1 + g % array_length(u.ids, 1)], 'assigned', a.id, jsonb_build_object('title', a.title), case when g % 5 <> 0 then now() end, now() - ((g % 3650) || ' hours')::interval
    from generate_series(1, ${s.notifications}) g
    join action_items a on a.id = (select min(id) from action_items) + g % (select count(*) from action_items)
    cross join lateral (select array_agg(id order by id) ids from users where tenant_id = a.tenant_id) u`,
  );
  await step("analyze", sql`analyze`);
}
