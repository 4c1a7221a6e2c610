"use server";

import { eq, sql } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { agencies } from "@/db/schema";
import { diffFields, recordHistory } from "@/lib/history";
import { FieldError, isUniqueViolation } from "@/lib/errors";
import { mutation } from "@/lib/mutation";
import { agencySchema } from "./rules";

function duplicate(error: unknown): never {
  if (isUniqueViolation(error, "agencies_code_key")) throw new FieldError("code", "codeTaken");
  if (isUniqueViolation(error, "agencies_name_key")) throw new FieldError("name", "nameTaken");
  throw error;
}

export const saveAgency = mutation("agency.manage", agencySchema, async ({ id, ...fields }, actor) => {
  await getDb()
    .transaction(async (tx) => {
      if (id === undefined) {
        const [row] = await tx.insert(agencies).values(fields).returning({ id: agencies.id });
        await recordHistory(tx, { actorId: actor.id, entityType: "agency", entityId: row!.id, operation: "create", changes: fields });
        return;
      }
      const [before] = await tx.select().from(agencies).where(eq(agencies.id, id)).for("update");
      if (!before) throw new FieldError("form", "notFound");
      const changes = diffFields(before, fields);
      await tx.update(agencies).set({ ...fields, updatedAt: sql`now()` }).where(eq(agencies.id, id));
      await recordHistory(tx, { actorId: actor.id, entityType: "agency", entityId: id, operation: "update", changes });
    })
    .catch(duplicate);
  revalidatePath("/admin/agencies");
  redirect("/admin/agencies?saved=1");
});
