"use client";

import { useFormatter, useLocale, useTranslations } from "@/lib/i18n/client";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldError, FormStatus, typed, typedList, formKey } from "@/components/ui/form-status";
import { priorities } from "@/lib/domain/enums";
import { createAction, updateAction } from "@/lib/actions/mutations";
import { initialFormState } from "@/lib/form-state";
import { formatDate } from "@/lib/i18n/dates";

export interface ActionPlanValues {
  id: number;
  version: number;
  title: string;
  description: string;
  ownerAgencyId: number;
  assigneeId: number | null;
  supporterIds: number[];
  dueDate: string;
  priority: string;
  meetingId: number | null;
  commitmentId: number | null;
  steps: Array<{ id: number | null; title: string; dueDate: string | null }>;
  targets: Array<{ sectorTargetId: number; expected: number }>;
}

interface Options {
  agencies: Array<{ id: number; name: string }>;
  people: Array<{ id: number; name: string; agencyId: number | null }>;
  targets: Array<{ id: number; sectorNameId: string; sectorNameEn: string; year: number }>;
  meetings: Array<{ id: number; title: string; startsAt: Date }>;
}

const control = "block w-full rounded-md border border-line bg-white px-3 py-2 text-sm";

export function ActionPlanForm({
  action,
  options,
  prefill,
  needsReason,
}: {
  action?: ActionPlanValues;
  options: Options;
  needsReason?: boolean;
  prefill?: {
    meetingId: number | null;
    commitmentId: number | null;
    title: string;
    ownerAgencyId: number | null;
    dueDate: string;
    targets: Array<{ sectorTargetId: number; expected: number | null }>;
  };
}) {
  const t = useTranslations("actions.form");
  const prio = useTranslations("enums.priority");
  const locale = useLocale();
  const format = useFormatter();
  const [state, run] = useActionState(action ? updateAction : createAction, initialFormState);
  const sentSteps = typedList(state, "stepTitle");
  const [steps, setSteps] = useState(() => {
    const from = action?.steps ?? [];
    return (from.length ? from : [{ id: null, title: "", dueDate: null }]).map((s, i) => ({ key: `s${i}`, ...s }));
  });
  const [targets, setTargets] = useState(() =>
    (action?.targets ?? prefill?.targets ?? []).map((x, i) => ({
      key: `t${i}`,
      id: String(x.sectorTargetId),
      expected: x.expected === null ? "" : String(x.expected),
    })),
  );
  const [owner, setOwner] = useState(typed(state, "ownerAgencyId", String(action?.ownerAgencyId ?? prefill?.ownerAgencyId ?? "")));
  const supporters = new Set(typedList(state, "supporterIds") ?? action?.supporterIds.map(String) ?? []);
  return (
    <form key={formKey(state)} action={run} className="space-y-6" noValidate>
      <FormStatus state={state} />
      {action ? (
        <>
          <input type="hidden" name="id" value={action.id} />
          <input type="hidden" name="version" value={action.version} />
        </>
      ) : null}
      <input type="hidden" name="commitmentId" value={action?.commitmentId ?? prefill?.commitmentId ?? ""} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField
            name="title"
            label={t("title")}
            defaultValue={typed(state, "title", action?.title ?? prefill?.title)}
            error={fieldError(state, "title")}
            required
            maxLength={200}
          />
        </div>
        <div className="sm:col-span-2">
          <TextAreaField
            name="description"
            label={t("description")}
            defaultValue={typed(state, "description", action?.description)}
            error={fieldError(state, "description")}
            rows={3}
          />
        </div>
        <SelectField
          name="ownerAgencyId"
          label={t("owner")}
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
          error={fieldError(state, "ownerAgencyId")}
          options={[{ value: "", label: t("chooseAgency") }, ...options.agencies.map((a) => ({ value: String(a.id), label: a.name }))]}
        />
        <SelectField
          name="assigneeId"
          label={t("assignee")}
          hint={t("assigneeHint")}
          defaultValue={typed(state, "assigneeId", action?.assigneeId?.toString())}
          error={fieldError(state, "assigneeId")}
          options={[
            { value: "", label: t("noAssignee") },
            ...options.people.filter((p) => String(p.agencyId) === owner).map((p) => ({ value: String(p.id), label: p.name })),
          ]}
        />
        <TextField
          name="dueDate"
          type="date"
          label={t("dueDate")}
          defaultValue={typed(state, "dueDate", action?.dueDate ?? prefill?.dueDate)}
          error={fieldError(state, "dueDate")}
          required
        />
        <SelectField
          name="meetingId"
          label={t("meeting")}
          hint={t("meetingHint")}
          defaultValue={typed(state, "meetingId", String(action?.meetingId ?? prefill?.meetingId ?? ""))}
          error={fieldError(state, "meetingId")}
          options={[
            { value: "", label: t("noMeeting") },
            ...options.meetings.map((m) => ({ value: String(m.id), label: `${formatDate(format, m.startsAt, "date")} · ${m.title}` })),
          ]}
        />
        <SelectField
          name="priority"
          label={t("priority")}
          defaultValue={typed(state, "priority", action?.priority ?? "normal")}
          options={priorities.map((p) => ({ value: p, label: prio(p) }))}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-semibold">{t("supporters")}</legend>
        <p className="text-xs text-muted">{t("supportersHint")}</p>
        {fieldError(state, "supporterIds") ? <p className="text-sm text-red-700">{fieldError(state, "supporterIds")}</p> : null}
        <div className="mt-2 grid max-h-48 gap-1 overflow-y-auto rounded-md border border-line p-2 sm:grid-cols-2">
          {options.agencies
            .filter((a) => String(a.id) !== owner)
            .map((a) => (
              <label key={a.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="supporterIds" value={a.id} defaultChecked={supporters.has(String(a.id))} className="size-4" />
                {a.name}
              </label>
            ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-semibold">{t("steps")}</legend>
        <p className="text-xs text-muted">{t("stepsHint")}</p>
        <ol className="mt-2 space-y-2">
          {steps.map((s, i) => (
            <li key={s.key} className="grid gap-2 sm:grid-cols-[2rem_1fr_10rem_auto] sm:items-start">
              <span className="pt-2 text-sm text-muted">{i + 1}.</span>
              <input type="hidden" name="stepId" value={s.id ?? ""} />
              <div>
                <label htmlFor={`step-${s.key}`} className="sr-only">
                  {t("stepTitle", { n: i + 1 })}
                </label>
                <input id={`step-${s.key}`} name="stepTitle" defaultValue={sentSteps?.[i] ?? s.title} maxLength={200} className={control} />
              </div>
              <div>
                <label htmlFor={`stepdue-${s.key}`} className="sr-only">
                  {t("stepDue", { n: i + 1 })}
                </label>
                <input
                  id={`stepdue-${s.key}`}
                  name="stepDue"
                  type="date"
                  defaultValue={typedList(state, "stepDue")?.[i] ?? s.dueDate ?? ""}
                  className={control}
                  aria-invalid={Boolean(fieldError(state, `stepDue.${i}`))}
                />
                {fieldError(state, `stepDue.${i}`) ? <p className="text-xs text-red-700">{fieldError(state, `stepDue.${i}`)}</p> : null}
              </div>
              <button
                type="button"
                className="rounded border border-line px-2 py-2 text-xs"
                onClick={() => setSteps((rows) => rows.filter((r) => r.key !== s.key))}
                aria-label={t("removeStep", { n: i + 1 })}
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="mt-2 text-sm font-medium text-brand-700 hover:underline"
          onClick={() => setSteps((rows) => [...rows, { key: `n${Date.now()}`, id: null, title: "", dueDate: null }])}
        >
          {t("addStep")}
        </button>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-semibold">{t("targets")}</legend>
        <p className="text-xs text-muted">{t("targetsHint")}</p>
        {fieldError(state, "targetId") ? <p className="text-sm text-red-700">{fieldError(state, "targetId")}</p> : null}
        <div className="mt-2 space-y-2">
          {targets.map((x, i) => (
            <div key={x.key} className="grid gap-2 sm:grid-cols-[1fr_10rem_auto]">
              <div>
                <label htmlFor={`target-${x.key}`} className="sr-only">
                  {t("targetSector", { n: i + 1 })}
                </label>
                <select id={`target-${x.key}`} name="targetId" defaultValue={typedList(state, "targetId")?.[i] ?? x.id} className={control}>
                  {options.targets.map((o) => (
                    <option key={o.id} value={o.id}>
                      {locale === "en" ? o.sectorNameEn : o.sectorNameId} ({o.year})
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor={`expected-${x.key}`} className="sr-only">
                  {t("targetExpected", { n: i + 1 })}
                </label>
                <input
                  id={`expected-${x.key}`}
                  name="targetExpected"
                  inputMode="numeric"
                  defaultValue={typedList(state, "targetExpected")?.[i] ?? x.expected}
                  placeholder={t("expectedPlaceholder")}
                  className={control}
                  aria-invalid={Boolean(fieldError(state, `targetExpected.${i}`))}
                />
                {fieldError(state, `targetExpected.${i}`) ? <p className="text-xs text-red-700">{fieldError(state, `targetExpected.${i}`)}</p> : null}
              </div>
              <button
                type="button"
                className="rounded border border-line px-2 py-2 text-xs"
                onClick={() => setTargets((rows) => rows.filter((r) => r.key !== x.key))}
                aria-label={t("removeTarget", { n: i + 1 })}
              >
                ✕
              </button>
            </div>
          ))}
        </div>
        {options.targets.length > 0 ? (
          <button
            type="button"
            className="mt-2 text-sm font-medium text-brand-700 hover:underline"
            onClick={() => setTargets((rows) => [...rows, { key: `n${Date.now()}`, id: String(options.targets[0]!.id), expected: "" }])}
          >
            {t("addTarget")}
          </button>
        ) : null}
      </fieldset>
      {action ? (
        <TextField
          name="changeReason"
          label={t("changeReason")}
          hint={needsReason ? t("changeReasonHint") : t("changeReasonOptional")}
          defaultValue={typed(state, "changeReason", "")}
          error={fieldError(state, "changeReason")}
        />
      ) : null}
      <SubmitButton pendingLabel={t("saving")}>{action ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
