import type { Executor } from "@/db/client";
import { history } from "@/db/schema";

export type HistoryEntity =
  "agency" | "user" | "meeting" | "action_item" | "coverage_target" | "sector_target" | "realisation" | "setting" | "sector" | "tenant" | "oversight_grant";

export interface HistoryEntry {
  actorId: number | null;
  entityType: HistoryEntity;
  entityId: number;
  operation: string;
  changes?: Record<string, unknown>;
  reason?: string | null;
}

/** Appends history rows (one insert however many); call it inside the same transaction as the change. */
export async function recordHistory(tx: Executor, entries: HistoryEntry | HistoryEntry[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await tx.insert(history).values(
    list.map((entry) => ({
      actorId: entry.actorId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      operation: entry.operation,
      changes: entry.changes ?? {},
      reason: entry.reason ?? null,
    })),
  );
}

/** The fields of `next` that differ from `before`, as { field: { from, to } } for the history. */
export function diffFields<T extends Record<string, unknown>>(before: Partial<T>, next: T): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(next)) {
    const from = before[key];
    if (from !== to) changes[key] = { from: from ?? null, to };
  }
  return changes;
}
