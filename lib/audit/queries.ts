import "server-only";
import { and, count, desc, eq, gte, like, lt, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import { witaDay } from "@/lib/i18n/dates";
import { pageOffset, type Page } from "@/lib/pagination";
import type { AuditFilters } from "./filters";
import type { AuditEventKind } from "./kinds";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditEventRow {
  id: number;
  kind: AuditEventKind;
  email: string | null;
  userName: string | null;
  ipAddress: string;
  detail: string | null;
  createdAt: Date;
}

/** LIKE's own characters typed into the e-mail filter match themselves. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function auditFilter(f: AuditFilters): SQL | undefined {
  return and(
    f.kind ? eq(auditEvents.kind, f.kind) : undefined,
    // A prefix match, which the (email text_pattern_ops, created_at) index serves.
    f.email ? like(auditEvents.email, `${escapeLike(f.email)}%`) : undefined,
    f.from ? gte(auditEvents.createdAt, witaDay(f.from).start) : undefined,
    f.to ? lt(auditEvents.createdAt, witaDay(f.to).end) : undefined,
  );
}

/** The audit log, newest first, one page at a time; callers check "audit.read" first. */
export async function listAuditEvents({ page, filters }: { page: number; filters: AuditFilters }): Promise<Page<AuditEventRow>> {
  const where = auditFilter(filters);
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: auditEvents.id,
        kind: auditEvents.kind,
        email: auditEvents.email,
        userName: users.name,
        ipAddress: auditEvents.ipAddress,
        detail: auditEvents.detail,
        createdAt: auditEvents.createdAt,
      })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.userId))
      .where(where)
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset(pageOffset(page, AUDIT_PAGE_SIZE)),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: AUDIT_PAGE_SIZE };
}
