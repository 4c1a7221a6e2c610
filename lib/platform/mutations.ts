"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { mutation } from "@/lib/mutation";
import { createOverseerCommand, createRegencyCommand, setGrantsCommand } from "./commands";
import { createOverseerSchema, createRegencySchema, setGrantsSchema } from "./rules";

export const createRegency = mutation("platform.manage", createRegencySchema, async (input, actor) => {
  const created = await createRegencyCommand(input, actor);
  revalidatePath("/platform");
  const address = input.host ? `https://${input.host}/` : `/r/${created.slug}/`;
  return { ok: true, message: (await getTranslations("platform"))("regencyCreated", { name: input.name, address }) };
});

export const createOverseer = mutation("platform.manage", createOverseerSchema, async (input, actor) => {
  await createOverseerCommand(input, actor);
  revalidatePath("/platform/overseers");
  return { ok: true, message: (await getTranslations("platform"))("overseerCreated", { name: input.name }) };
});

export const setGrants = mutation("platform.manage", setGrantsSchema, async (input, actor) => {
  await setGrantsCommand(input, actor);
  revalidatePath("/platform/overseers");
  revalidatePath(`/platform/overseers/${input.userId}`);
  return { ok: true, message: (await getTranslations("platform"))("grantsSaved") };
});
