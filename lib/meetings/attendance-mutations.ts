"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { mutation } from "@/lib/mutation";
import { addGuestCommand, inviteUsersCommand, removeAttendeeCommand, setAttendanceCommand } from "./attendance-commands";
import { attendanceSchema, attendeeGuestSchema, inviteUsersSchema, removeAttendeeSchema } from "./rules";

async function done(meetingId: number, key: "invited" | "attendanceSaved" | "guestAdded" | "attendeeRemoved") {
  revalidatePath(`/meetings/${meetingId}`);
  revalidatePath(`/meetings/${meetingId}/attendance`);
  return { ok: true as const, message: (await getTranslations("attendance"))(key) };
}

export const inviteUsers = mutation("meeting.update", inviteUsersSchema, async (input, actor) => {
  await inviteUsersCommand(input, actor);
  return done(input.meetingId, "invited");
});

export const addGuest = mutation("meeting.update", attendeeGuestSchema, async (input, actor) => {
  await addGuestCommand(input, actor);
  return done(input.meetingId, "guestAdded");
});

export const setAttendance = mutation("meeting.update", attendanceSchema, async (input, actor) => {
  await setAttendanceCommand(input, actor);
  return done(input.meetingId, "attendanceSaved");
});

export const removeAttendee = mutation("meeting.update", removeAttendeeSchema, async (input, actor) => {
  await removeAttendeeCommand(input, actor);
  return done(input.meetingId, "attendeeRemoved");
});
