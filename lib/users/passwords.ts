import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";

/** Stores a new password hash; false when there is no such user. */
export async function setPasswordHash(executor: Executor, userId: number, passwordHash: string): Promise<boolean> {
  const updated = await executor
    .update(users)
    .set({ passwordHash, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return updated.length > 0;
}
