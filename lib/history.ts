import type { Executor } from "@/db/client";
import { history } from "@/db/schema";

export type HistoryEntity = "agency" | "user" | "meeting" | "action_item" | "coverage_target" | "sector_target" | "realisation" | "setting" | "sector";

/** Appends one history row; call it inside the same transaction as the change. */
export async function recordHistory(
  tx: Executor,
  entry: {
    actorId: number | null;
    entityType: HistoryEntity;
    entityId: number;
    operation: string;
    changes?: Record<string, unknown>;
    reason?: string | null;
  },
): Promise<void> {
  await tx.insert(history).values({
    actorId: entry.actorId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    operation: entry.operation,
    changes: entry.changes ?? {},
    reason: entry.reason ?? null,
  });
}
