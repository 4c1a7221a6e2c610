import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import type { Locale } from "./config";

/** The language a user reads in, kept so that notices e-mailed to them later are written in it. */
export async function saveUserLocale(tx: Executor, userId: number, locale: Locale): Promise<void> {
  await tx.update(users).set({ locale }).where(eq(users.id, userId));
}
