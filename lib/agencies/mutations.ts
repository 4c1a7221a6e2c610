"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { mutation } from "@/lib/mutation";
import { saveAgencyCommand } from "./commands";
import { agencySchema } from "./rules";

export const saveAgency = mutation("agency.manage", agencySchema, async (input, actor) => {
  await saveAgencyCommand(input, actor);
  revalidatePath("/admin/agencies");
  redirect("/admin/agencies?saved=1");
});
