/**
 * The action lists read an agency head's scope in parts (lib/policy readableActionParts: own,
 * supported), each through its index, and merge them. These tests hold them to the one rule,
 * `readableActions`: the same actions, each once, in the list's order, with the same counts.
 */
import { and, asc, count, eq, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import * as s from "@/db/schema";
import { actionStatuses, type ActionStatus } from "@/db/schema/enums";
import { actionBoard, agencyActionSummary, listVisibleActions, BOARD_COLUMN_LIMIT, SUMMARY_GROUP_SIZE } from "@/lib/actions/queries";
import type { Actor } from "@/lib/authz";
import { todayInWita } from "@/lib/i18n/dates";
import { readableActionParts, readableActions } from "@/lib/policy";
import { createActor, createAgency } from "../support/actors";
import { freshDatabase } from "../support/database";

let handle: DatabaseHandle;
let head: Actor;
let ownAgency = 0;
let otherAgency = 0;

const rank = (status: ActionStatus) => (status === "done" || status === "verified" ? 1 : 0);
const day = (offset: number) => new Date(Date.parse(`${todayInWita()}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

/** What `readableActions` lets the actor read, in the list's order: the rule the parts must equal. */
async function readable(actor: Actor, where = sql`true`) {
  return handle.db
    .select({ id: s.actionItems.id, status: s.actionItems.status, dueDate: s.actionItems.dueDate })
    .from(s.actionItems)
    .where(and(readableActions(actor), where))
    .orderBy(asc(sql`case when ${s.actionItems.status} in ('done', 'verified') then 1 else 0 end`), asc(s.actionItems.dueDate), asc(s.actionItems.id));
}

beforeAll(async () => {
  handle = await freshDatabase({ seed: true });
  ownAgency = await createAgency(handle.db);
  otherAgency = await createAgency(handle.db);
  head = await createActor(handle.db, "agency_head", ownAgency);
  const add = async (owner: number, n: number, supportedBy: number[]) => {
    const rows = await handle.db
      .insert(s.actionItems)
      .values(
        Array.from({ length: n }, (_, i) => {
          const status = actionStatuses[i % actionStatuses.length]!;
          return {
            title: `Aksi ${owner}-${i}`,
            ownerAgencyId: owner,
            dueDate: day((i % 13) - 6),
            status,
            blockedReason: status === "blocked" ? "Menunggu data" : null,
          };
        }),
      )
      .returning({ id: s.actionItems.id });
    if (supportedBy.length > 0)
      await handle.db.insert(s.actionSupporters).values(rows.flatMap((r) => supportedBy.map((agencyId) => ({ actionItemId: r.id, agencyId }))));
  };
  await add(ownAgency, 23, []);
  await add(otherAgency, 17, [ownAgency]);
  // Owned and also listed as supported by the same agency: still one row.
  await add(ownAgency, 4, [ownAgency]);
  await add(otherAgency, 9, []);
});
afterAll(() => handle.close());

describe("an agency head's actions, read in parts", () => {
  it("the parts are disjoint and together are exactly readableActions", async () => {
    const parts = readableActionParts(head);
    expect(parts).toHaveLength(2);
    const ids = await Promise.all(parts.map((part) => handle.db.select({ id: s.actionItems.id }).from(s.actionItems).where(part.where)));
    const all = ids.flat().map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort((a, b) => a - b)).toEqual((await readable(head)).map((r) => r.id).sort((a, b) => a - b));
    expect(all).toHaveLength(23 + 17 + 4);
  });

  it("every page, by key and by number, shows the readable actions once each, in the list's order", async () => {
    const expected = (await readable(head)).map((r) => r.id);
    const byKey: number[] = [];
    let page = await listVisibleActions({ actor: head, page: 1, pageSize: 7 });
    expect(page.total).toBe(expected.length);
    for (let n = 1; ; n++) {
      byKey.push(...page.rows.map((r) => r.id));
      const byNumber = await listVisibleActions({ actor: head, page: n, pageSize: 7 });
      expect(byNumber.rows.map((r) => r.id)).toEqual(page.rows.map((r) => r.id));
      if (!page.nextKey) break;
      page = await listVisibleActions({ actor: head, page: n + 1, pageSize: 7, cursor: { direction: "after", key: page.nextKey } });
    }
    expect(byKey).toEqual(expected);
    const back = await listVisibleActions({
      actor: head,
      page: 2,
      pageSize: 7,
      cursor: { direction: "before", key: `${rank(page.rows[0]!.status)}.${page.rows[0]!.dueDate}.${page.rows[0]!.id}` },
    });
    expect(back.rows.map((r) => r.id)).toEqual(expected.slice(Math.floor((expected.length - 1) / 7) * 7 - 7, Math.floor((expected.length - 1) / 7) * 7));
  });

  it("filters apply to every part, and the total counts both", async () => {
    const overdue = await listVisibleActions({ actor: head, page: 1, pageSize: 100, filters: { overdue: true } });
    const expected = await readable(head, sql`${s.actionItems.dueDate} < ${todayInWita()} and ${s.actionItems.status} not in ('done', 'verified')`);
    expect(overdue.rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(overdue.total).toBe(expected.length);
    expect(overdue.rows.some((r) => r.ownerAgencyId === otherAgency)).toBe(true);
  });

  it("the board's columns hold each status's first actions and its count", async () => {
    const board = await actionBoard({ actor: head });
    for (const column of board) {
      const expected = await readable(head, eq(s.actionItems.status, column.status));
      expect(column.total).toBe(expected.length);
      expect(column.rows.map((r) => r.id)).toEqual(expected.slice(0, BOARD_COLUMN_LIMIT).map((r) => r.id));
    }
  });

  it("the home summary counts what the action list counts", async () => {
    const summary = await agencyActionSummary({ actor: head });
    const overdue = await listVisibleActions({ actor: head, page: 1, filters: { overdue: true } });
    expect(summary.overdue.total).toBe(overdue.total);
    expect(summary.overdue.rows.map((r) => r.id)).toEqual(overdue.rows.slice(0, summary.overdue.rows.length).map((r) => r.id));
    const open = sql`${s.actionItems.status} not in ('done', 'verified')`;
    const [dueSoon] = await handle.db
      .select({ n: count() })
      .from(s.actionItems)
      .where(and(readableActions(head), open, sql`${s.actionItems.dueDate} between ${summary.dueSoon.from} and ${summary.dueSoon.to}`));
    expect(summary.dueSoon.total).toBe(dueSoon!.n);
    const [inProgress] = await handle.db
      .select({ n: count() })
      .from(s.actionItems)
      .where(and(readableActions(head), sql`${s.actionItems.status} in ('in_progress', 'blocked') and ${s.actionItems.dueDate} >= ${summary.dueSoon.to}`));
    expect(summary.inProgress.total).toBe(inProgress!.n);
    expect(summary.overdue.total + summary.dueSoon.total + summary.inProgress.total).toBeGreaterThan(0);
    const first = async (group: SQL) => (await readable(head, sql`${open} and ${group}`)).slice(0, SUMMARY_GROUP_SIZE).map((r) => r.id);
    expect(summary.dueSoon.rows.map((r) => r.id)).toEqual(await first(sql`${s.actionItems.dueDate} between ${summary.dueSoon.from} and ${summary.dueSoon.to}`));
    expect(summary.inProgress.rows.map((r) => r.id)).toEqual(
      await first(sql`${s.actionItems.status} in ('in_progress', 'blocked') and ${s.actionItems.dueDate} >= ${summary.dueSoon.to}`),
    );
  });
});
