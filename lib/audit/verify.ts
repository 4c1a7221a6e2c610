import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Executor } from "@/db/client";

/** The hash-chained tables and the database function that gives a row's canonical content (db/migrations/0005). */
const CHAINS = {
  history: "history_content",
  audit_events: "audit_event_content",
} as const;
export type ChainName = keyof typeof CHAINS;
export const chainNames = Object.keys(CHAINS) as ChainName[];

/** The hash a chain starts from. */
export const GENESIS = "0".repeat(64);
const BATCH = 1000;

export type ChainProblem =
  | { kind: "removed"; position: number; message: string }
  | { kind: "altered"; position: number; id: number; message: string }
  | { kind: "forged"; position: number; id: number; message: string };

export interface ChainReport {
  chain: ChainName;
  rows: number;
  head: string;
  /** The first break found, walking from the start; undefined when the chain is intact. */
  problem?: ChainProblem;
}

interface ChainRow {
  id: number;
  seq: number;
  hash: string;
  content: string;
}

/** `db.execute` answers { rows } on PGlite and an array on postgres.js. */
async function rowsOf<T>(executor: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  const result: unknown = await executor.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export function linkHash(previous: string, content: string): string {
  return createHash("sha256")
    .update(previous + content, "utf8")
    .digest("hex");
}

/**
 * Walks one chain in position order, hashing each row's content again here, outside the database,
 * and reports the first row removed, altered or written outside the chain. The chain's head
 * (rows and last hash, kept by the trigger) shows rows removed from the end, or all of them.
 */
export async function verifyChain(executor: Executor, chain: ChainName): Promise<ChainReport> {
  const [head] = await rowsOf<{ rows: string | number; last_hash: string }>(
    executor,
    sql`select rows, last_hash from audit_chain_heads where chain = ${chain}`,
  );
  const expectedRows = Number(head?.rows ?? 0);
  const table = sql.identifier(chain);
  const content = sql.raw(CHAINS[chain]);
  let previous = GENESIS;
  let position = 0;
  let after = { seq: -1, id: 0 };
  for (;;) {
    const batch = await rowsOf<ChainRow>(
      executor,
      sql`select id::int as id, seq::bigint as seq, hash, ${content}(t) as content from ${table} t
          where (seq, id) > (${after.seq}, ${after.id}) order by seq, id limit ${BATCH}`,
    );
    for (const raw of batch) {
      const row = { ...raw, id: Number(raw.id), seq: Number(raw.seq) };
      position += 1;
      if (row.seq < position) {
        return {
          chain,
          rows: position - 1,
          head: previous,
          problem: {
            kind: "forged",
            position,
            id: row.id,
            message: `row id ${row.id} was written outside the chain (it claims position ${row.seq}, the next position is ${position})`,
          },
        };
      }
      if (row.seq > position) {
        const missing = row.seq === position + 1 ? `position ${position} is` : `positions ${position} to ${row.seq - 1} are`;
        return {
          chain,
          rows: position - 1,
          head: previous,
          problem: { kind: "removed", position, message: `${missing} missing (removed before row id ${row.id})` },
        };
      }
      const expected = linkHash(previous, row.content);
      if (expected !== row.hash) {
        return {
          chain,
          rows: position - 1,
          head: previous,
          problem: {
            kind: "altered",
            position,
            id: row.id,
            message: `row id ${row.id} at position ${position} does not match its hash: its content was changed, or it was written outside the chain`,
          },
        };
      }
      previous = row.hash;
      after = { seq: row.seq, id: row.id };
    }
    if (batch.length < BATCH) break;
  }
  if (position < expectedRows) {
    const message =
      position === 0
        ? `all ${expectedRows} rows are missing (the table was emptied)`
        : `the last ${expectedRows - position} of ${expectedRows} rows are missing`;
    return { chain, rows: position, head: previous, problem: { kind: "removed", position: position + 1, message } };
  }
  if (position > expectedRows || previous !== (head?.last_hash ?? GENESIS)) {
    return {
      chain,
      rows: position,
      head: previous,
      problem: {
        kind: "forged",
        position,
        id: after.id,
        message: `the chain ends at row id ${after.id}, which its head does not know: rows were written outside the chain`,
      },
    };
  }
  return { chain, rows: position, head: previous };
}

export async function verifyAuditTrail(executor: Executor): Promise<ChainReport[]> {
  const reports: ChainReport[] = [];
  for (const chain of chainNames) reports.push(await verifyChain(executor, chain));
  return reports;
}

/** One line per chain, as `npm run audit:verify` prints it. */
export function describeReport(report: ChainReport): string {
  if (!report.problem) return `${report.chain}: ${report.rows} ${report.rows === 1 ? "row" : "rows"}, chain intact (head ${report.head.slice(0, 16)})`;
  return `${report.chain}: BROKEN at position ${report.problem.position} (${report.problem.kind}): ${report.problem.message}`;
}
