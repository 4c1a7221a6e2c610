import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { agencies, users } from "@/db/schema";
import { pageOffset, type Page } from "@/lib/pagination";

export const AGENCIES_PAGE_SIZE = 25;

export type AgencyRow = typeof agencies.$inferSelect & { userCount: number };

export async function listAgencies({ page }: { page: number }): Promise<Page<AgencyRow>> {
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({ agency: agencies, userCount: count(users.id) })
      .from(agencies)
      .leftJoin(users, eq(users.agencyId, agencies.id))
      .groupBy(agencies.id)
      .orderBy(asc(agencies.name))
      .limit(AGENCIES_PAGE_SIZE)
      .offset(pageOffset(page, AGENCIES_PAGE_SIZE)),
    db.select({ n: count() }).from(agencies),
  ]);
  return { rows: rows.map((r) => ({ ...r.agency, userCount: r.userCount })), total: total?.n ?? 0, page, pageSize: AGENCIES_PAGE_SIZE };
}

/** Every agency, for pickers (a regency has a few dozen). */
export async function agencyOptions(): Promise<Array<{ id: number; name: string; active: boolean }>> {
  return getDb().select({ id: agencies.id, name: agencies.name, active: agencies.active }).from(agencies).orderBy(asc(agencies.name));
}

export async function getAgency(id: number) {
  const [row] = await getDb().select().from(agencies).where(eq(agencies.id, id)).limit(1);
  return row ?? null;
}
