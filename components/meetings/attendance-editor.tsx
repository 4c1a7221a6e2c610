"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { fieldError, FormStatus, typed, formKey, SaveStatus, typedList, useRecordState } from "@/components/ui/form-status";
import { InlineAction } from "@/components/ui/inline-action";
import { attendanceStatuses, type AttendanceStatus } from "@/lib/domain/enums";
import { initialFormState } from "@/lib/form-state";
import { addGuest, inviteUsers, removeAttendee, setAttendance } from "@/lib/meetings/attendance-mutations";

export function InviteUsersForm({
  meetingId,
  people,
}: {
  meetingId: number;
  people: Array<{ id: number; name: string; position: string; agencyName: string | null }>;
}) {
  const t = useTranslations("attendance");
  const [state, action] = useActionState(inviteUsers, initialFormState);
  if (people.length === 0) return <p className="text-sm text-muted">{t("everyoneInvited")}</p>;
  return (
    <form key={formKey(state)} action={action} className="space-y-3">
      <FormStatus state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <fieldset>
        <legend className="text-sm font-medium">{t("pickUsers")}</legend>
        {fieldError(state, "userIds") ? <p className="text-sm text-red-700">{fieldError(state, "userIds")}</p> : null}
        <div className="mt-2 grid max-h-72 gap-1 overflow-y-auto rounded-md border border-line p-2 sm:grid-cols-2">
          {people.map((p) => (
            <label key={p.id} className="flex items-start gap-2 rounded px-1 py-1 text-sm hover:bg-slate-50">
              <input
                type="checkbox"
                name="userIds"
                value={p.id}
                defaultChecked={typedList(state, "userIds")?.includes(String(p.id))}
                className="mt-0.5 size-4"
              />
              <span>
                {p.name}
                <span className="block text-xs text-muted">{[p.position, p.agencyName].filter(Boolean).join(" · ")}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{t("invite")}</SubmitButton>
    </form>
  );
}

export function GuestForm({ meetingId }: { meetingId: number }) {
  const t = useTranslations("attendance");
  const [state, action] = useActionState(addGuest, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate key={formKey(state)}>
      <FormStatus state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="name" label={t("guestName")} defaultValue={typed(state, "name", "")} error={fieldError(state, "name")} required />
        <TextField name="position" label={t("guestPosition")} defaultValue={typed(state, "position", "")} error={fieldError(state, "position")} />
        <TextField name="institution" label={t("guestInstitution")} defaultValue={typed(state, "institution", "")} error={fieldError(state, "institution")} />
      </div>
      <CheckboxField name="walkIn" label={t("walkIn")} defaultChecked={!state.ok && state.values?.walkIn === "on"} />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("addGuest")}
      </SubmitButton>
    </form>
  );
}

export interface AttendeeRow {
  id: number;
  name: string;
  position: string;
  org: string;
  attendance: AttendanceStatus;
  deputyName: string | null;
  deputyPosition: string | null;
  arrivedAt: string;
  walkIn: boolean;
  /** The row's attendance version: a save over someone else's newer one is refused. */
  version: number;
}

export function AttendanceRowForm({ meetingId, attendee }: { meetingId: number; attendee: AttendeeRow }) {
  const t = useTranslations("attendance");
  const statuses = useTranslations("enums.attendance");
  const [state, action] = useActionState(setAttendance, initialFormState);
  const [status, setStatus] = useRecordState<string>(typed(state, "attendance", attendee.attendance), attendee.attendance);
  const id = (name: string) => `${name}-${attendee.id}`;
  return (
    <div className="rounded-md border border-line p-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-medium">
            {attendee.name}
            {attendee.walkIn ? <span className="ml-2 text-xs text-muted">({t("walkInShort")})</span> : null}
          </p>
          <p className="text-xs text-muted">{[attendee.position, attendee.org].filter(Boolean).join(" · ")}</p>
        </div>
        <InlineAction
          action={removeAttendee}
          fields={{ meetingId, attendeeId: attendee.id }}
          label={t("remove")}
          confirm={t("removeConfirm", { name: attendee.name })}
        />
      </div>
      <form
        key={formKey(state)}
        action={action}
        className="mt-3 grid gap-3 sm:grid-cols-4 sm:items-end"
        aria-label={t("attendanceOf", { name: attendee.name })}
      >
        <input type="hidden" name="meetingId" value={meetingId} />
        <input type="hidden" name="attendeeId" value={attendee.id} />
        <input type="hidden" name="version" value={attendee.version} />
        <SelectField
          name="attendance"
          label={t("status")}
          id={id("attendance")}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          options={attendanceStatuses.map((s) => ({ value: s, label: statuses(s) }))}
          error={fieldError(state, "attendance")}
        />
        <TextField
          name="arrivedAt"
          type="time"
          id={id("arrivedAt")}
          label={t("arrivedAt")}
          defaultValue={typed(state, "arrivedAt", attendee.arrivedAt)}
          error={fieldError(state, "arrivedAt")}
        />
        {status === "represented" ? (
          <>
            <TextField
              name="deputyName"
              id={id("deputyName")}
              label={t("deputyName")}
              defaultValue={typed(state, "deputyName", attendee.deputyName)}
              error={fieldError(state, "deputyName")}
            />
            <TextField
              name="deputyPosition"
              id={id("deputyPosition")}
              label={t("deputyPosition")}
              defaultValue={typed(state, "deputyPosition", attendee.deputyPosition)}
            />
          </>
        ) : null}
        <div className="sm:col-span-4 flex items-center gap-3">
          <SubmitButton variant="secondary" pendingLabel={t("saving")} className="min-h-8 px-3 py-1 text-xs">
            {t("saveAttendance")}
          </SubmitButton>
          <SaveStatus state={state} saved={t("saved")} notSaved={t("notSaved")} />
        </div>
      </form>
    </div>
  );
}
