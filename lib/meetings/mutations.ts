"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { mutation } from "@/lib/mutation";
import { emailUnsent } from "@/lib/notifications/email";
import { confirmMinutesCommand, createMeetingCommand, finalizeMeetingCommand, updateMeetingCommand } from "./commands";
import { confirmationSchema, finalizeSchema, meetingSchema } from "./rules";

export const createMeeting = mutation("meeting.create", meetingSchema, async (input, actor) => {
  const id = await createMeetingCommand(input, actor);
  revalidatePath("/meetings");
  redirect(`/meetings/${id}`);
});

export const updateMeeting = mutation("meeting.update", meetingSchema, async (input, actor) => {
  await updateMeetingCommand(input, actor);
  revalidatePath(`/meetings/${input.id}`);
  redirect(`/meetings/${input.id}`);
});

export const finalizeMeeting = mutation("meeting.finalize", finalizeSchema, async (input, actor) => {
  await finalizeMeetingCommand(input, actor);
  await emailUnsent(getDb(), { meetingId: input.meetingId });
  revalidatePath(`/meetings/${input.meetingId}`);
  return { ok: true, message: (await getTranslations("meetings"))("finalized") };
});

export const confirmMinutes = mutation("meeting.confirm", confirmationSchema, async (input, actor) => {
  await confirmMinutesCommand(input, actor);
  revalidatePath(`/meetings/${input.meetingId}`);
  return { ok: true, message: (await getTranslations("meetings"))(input.decision === "confirmed" ? "confirmedThanks" : "objectionRecorded") };
});
