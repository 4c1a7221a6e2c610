import "server-only";
import { headers } from "next/headers";
import { getDb, type Executor } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { clientAddress } from "@/lib/auth/login-limits";
import { onRefusal, type Actor, type Operation } from "@/lib/authz";
import type { AuditEventKind } from "./kinds";

export interface AuditEntry {
  kind: AuditEventKind;
  userId?: number | null;
  email?: string | null;
  /** Taken from the current request when not given. */
  ipAddress?: string;
  detail?: string | null;
}

/** The address of the request being served, or "" outside one (a script, a test). */
async function requestAddress(): Promise<string> {
  try {
    return clientAddress(await headers());
  } catch {
    return "";
  }
}

/** Appends one event to the audit log; the trigger chains it (db/migrations/0005). */
export async function recordAuditEvent(entry: AuditEntry, executor: Executor = getDb()): Promise<void> {
  await executor.insert(auditEvents).values({
    kind: entry.kind,
    userId: entry.userId ?? null,
    email: entry.email?.toLowerCase() ?? null,
    ipAddress: entry.ipAddress ?? (await requestAddress()),
    detail: entry.detail ?? null,
  });
}

export function recordRefusal(actor: Actor & { email?: string }, operation: Operation): Promise<void> {
  return recordAuditEvent({ kind: "refused", userId: actor.id, email: actor.email ?? null, detail: operation });
}

const pending = new Set<Promise<void>>();

/** Resolves once every refusal noted by `authorize` is written (tests wait on it). */
export async function auditWritesSettled(): Promise<void> {
  await Promise.all(pending);
}

// `authorize` stays synchronous and free of database code (pure rules and unit tests use it),
// so it only announces a refusal; the write runs beside the answer, and its failure is logged
// rather than turned into an error page for the person refused.
onRefusal((actor, operation) => {
  const write = recordRefusal(actor, operation)
    .catch((error: unknown) => console.error("audit log: a refusal could not be written", error))
    .finally(() => pending.delete(write));
  pending.add(write);
});
