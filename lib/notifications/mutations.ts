"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { mutation } from "@/lib/mutation";
import { markRead } from "./commands";
import { markReadSchema } from "./rules";

export const markNotificationsRead = mutation("notification.read", markReadSchema, async (input, actor) => {
  await markRead(getDb(), actor.id, input.id === "all" ? "all" : [input.id]);
  revalidatePath("/", "layout");
  return { ok: true };
});
