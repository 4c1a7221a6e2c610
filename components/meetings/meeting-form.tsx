"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldError, FormStatus, typed, formKey } from "@/components/ui/form-status";
import { meetingTypes } from "@/lib/domain/enums";
import { initialFormState } from "@/lib/form-state";
import { createMeeting, updateMeeting } from "@/lib/meetings/mutations";

export interface MeetingFormValues {
  id: number;
  version: number;
  title: string;
  type: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  onlineUrl: string;
  chairName: string;
  chairPosition: string;
  minuteTakerName: string;
  minuteTakerPosition: string;
  seriesId: string;
  agenda: Array<{ id: number | null; title: string }>;
}

type AgendaRow = { key: string; id: number | null; title: string };

export function MeetingForm({
  meeting,
  series,
  defaults,
}: {
  meeting?: MeetingFormValues;
  series: Array<{ id: number; name: string }>;
  defaults: { minuteTakerName: string; minuteTakerPosition: string };
}) {
  const t = useTranslations("meetingForm");
  const types = useTranslations("enums.meetingType");
  const [state, action] = useActionState(meeting ? updateMeeting : createMeeting, initialFormState);
  const [agenda, setAgenda] = useState<AgendaRow[]>(() =>
    (meeting?.agenda.length ? meeting.agenda : [{ id: null, title: "" }]).map((a, i) => ({ ...a, key: `a${i}` })),
  );
  const v = (name: keyof MeetingFormValues, fallback = "") => typed(state, name, meeting ? String(meeting[name] ?? "") : fallback);
  const move = (i: number, by: number) =>
    setAgenda((rows) => {
      const next = [...rows];
      const [row] = next.splice(i, 1);
      next.splice(i + by, 0, row!);
      return next;
    });
  return (
    <form key={formKey(state)} action={action} className="space-y-6" noValidate>
      <FormStatus state={state} />
      {meeting ? (
        <>
          <input type="hidden" name="id" value={meeting.id} />
          <input type="hidden" name="version" value={meeting.version} />
        </>
      ) : null}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">{t("basics")}</legend>
        <div className="sm:col-span-2">
          <TextField name="title" label={t("title")} defaultValue={v("title")} error={fieldError(state, "title")} required maxLength={200} />
        </div>
        <SelectField
          name="type"
          label={t("type")}
          defaultValue={v("type", "coordination")}
          error={fieldError(state, "type")}
          options={meetingTypes.map((x) => ({ value: x, label: types(x) }))}
        />
        <TextField name="date" type="date" label={t("date")} defaultValue={v("date")} error={fieldError(state, "date")} required />
        <TextField name="startTime" type="time" label={t("startTime")} defaultValue={v("startTime", "09:00")} error={fieldError(state, "startTime")} required />
        <TextField name="endTime" type="time" label={t("endTime")} defaultValue={v("endTime")} error={fieldError(state, "endTime")} />
        <TextField name="place" label={t("place")} defaultValue={v("place")} error={fieldError(state, "place")} />
        <TextField
          name="onlineUrl"
          type="url"
          label={t("onlineUrl")}
          defaultValue={v("onlineUrl")}
          error={fieldError(state, "onlineUrl")}
          placeholder="https://"
        />
        <p className="text-xs text-muted sm:col-span-2">{t("timesInWita")}</p>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">{t("people")}</legend>
        <TextField name="chairName" label={t("chairName")} defaultValue={v("chairName")} error={fieldError(state, "chairName")} required />
        <TextField name="chairPosition" label={t("chairPosition")} defaultValue={v("chairPosition")} error={fieldError(state, "chairPosition")} />
        <TextField
          name="minuteTakerName"
          label={t("minuteTakerName")}
          defaultValue={v("minuteTakerName", defaults.minuteTakerName)}
          error={fieldError(state, "minuteTakerName")}
        />
        <TextField
          name="minuteTakerPosition"
          label={t("minuteTakerPosition")}
          defaultValue={v("minuteTakerPosition", defaults.minuteTakerPosition)}
          error={fieldError(state, "minuteTakerPosition")}
        />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold">{t("seriesLegend")}</legend>
        <SelectField
          name="seriesId"
          label={t("series")}
          defaultValue={v("seriesId")}
          error={fieldError(state, "seriesId")}
          options={[{ value: "", label: t("noSeries") }, ...series.map((s) => ({ value: String(s.id), label: s.name }))]}
        />
        <TextField
          name="newSeriesName"
          label={t("newSeries")}
          hint={t("newSeriesHint")}
          defaultValue={typed(state, "newSeriesName", "")}
          error={fieldError(state, "newSeriesName")}
        />
      </fieldset>
      <fieldset>
        <legend className="mb-2 text-sm font-semibold">{t("agenda")}</legend>
        {fieldError(state, "agenda") ? <p className="mb-2 text-sm text-red-700">{fieldError(state, "agenda")}</p> : null}
        <ol className="space-y-2">
          {agenda.map((row, i) => (
            <li key={row.key} className="flex items-center gap-2">
              <span className="w-6 text-right text-sm text-muted">{i + 1}.</span>
              <input type="hidden" name="agendaId" value={row.id ?? ""} />
              <label htmlFor={`agenda-${row.key}`} className="sr-only">
                {t("agendaItem", { n: i + 1 })}
              </label>
              <input
                id={`agenda-${row.key}`}
                name="agenda"
                defaultValue={row.title}
                maxLength={200}
                className="block w-full rounded-md border border-line bg-white px-3 py-2 text-sm"
                onChange={(e) => {
                  const title = e.target.value;
                  setAgenda((rows) => rows.map((r) => (r.key === row.key ? { ...r, title } : r)));
                }}
              />
              <button
                type="button"
                className="rounded border border-line px-2 py-1 text-xs disabled:opacity-40"
                disabled={i === 0}
                onClick={() => move(i, -1)}
                aria-label={t("moveUp", { n: i + 1 })}
              >
                ↑
              </button>
              <button
                type="button"
                className="rounded border border-line px-2 py-1 text-xs disabled:opacity-40"
                disabled={i === agenda.length - 1}
                onClick={() => move(i, 1)}
                aria-label={t("moveDown", { n: i + 1 })}
              >
                ↓
              </button>
              <button
                type="button"
                className="rounded border border-line px-2 py-1 text-xs"
                onClick={() => setAgenda((rows) => rows.filter((r) => r.key !== row.key))}
                aria-label={t("removeItem", { n: i + 1 })}
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="mt-2 text-sm font-medium text-brand-700 hover:underline"
          onClick={() => setAgenda((rows) => [...rows, { key: `n${Date.now()}`, id: null, title: "" }])}
        >
          {t("addItem")}
        </button>
        {meeting ? null : <p className="mt-2 text-xs text-muted">{t("carryOverHint")}</p>}
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{meeting ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
