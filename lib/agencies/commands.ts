import "server-only";
import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { agencies } from "@/db/schema";
import type { Actor } from "@/lib/authz";
import { FieldError, isUniqueViolation } from "@/lib/errors";
import { diffFields, recordHistory } from "@/lib/history";
import type { agencySchema } from "./rules";

function duplicate(error: unknown): never {
  if (isUniqueViolation(error, "agencies_code_key")) throw new FieldError("code", "codeTaken");
  if (isUniqueViolation(error, "agencies_name_key")) throw new FieldError("name", "nameTaken");
  throw error;
}

/** Creates an agency (no id) or changes one; returns its id. Codes and names stay unique. */
export async function saveAgencyCommand({ id, ...fields }: z.output<typeof agencySchema>, actor: Actor): Promise<number> {
  return getDb()
    .transaction(async (tx) => {
      if (id === undefined) {
        const [row] = await tx.insert(agencies).values(fields).returning({ id: agencies.id });
        await recordHistory(tx, { actorId: actor.id, entityType: "agency", entityId: row!.id, operation: "create", changes: fields });
        return row!.id;
      }
      const [before] = await tx.select().from(agencies).where(eq(agencies.id, id)).for("update");
      if (!before) throw new FieldError("form", "notFound");
      const changes = diffFields(before, fields);
      await tx
        .update(agencies)
        .set({ ...fields, updatedAt: sql`now()` })
        .where(eq(agencies.id, id));
      await recordHistory(tx, { actorId: actor.id, entityType: "agency", entityId: id, operation: "update", changes });
      return id;
    })
    .catch(duplicate);
}
