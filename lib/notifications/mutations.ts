"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idField } from "@/lib/form-fields";
import { getDb } from "@/db/client";
import { mutation } from "@/lib/mutation";
import { markRead } from "./commands";

const markSchema = z.object({ id: z.preprocess((v) => (v === "" || v === undefined ? "all" : v), z.union([z.literal("all"), idField()])) });

export const markNotificationsRead = mutation("notification.read", markSchema, async (input, actor) => {
  await markRead(getDb(), actor.id, input.id === "all" ? "all" : [input.id]);
  revalidatePath("/", "layout");
  return { ok: true };
});
