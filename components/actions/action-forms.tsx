"use client";

import { useLocale, useTranslations } from "@/lib/i18n/client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldError, FormStatus, SaveStatus, typed, formKey, typedList, useRecordState } from "@/components/ui/form-status";
import type { ActionStatus } from "@/lib/domain/enums";
import { addComment, addProgress, changeStatus, reviewAction, toggleStep } from "@/lib/actions/mutations";
import { initialFormState } from "@/lib/form-state";

export function StatusForm({ actionId, version, current, allowed }: { actionId: number; version: number; current: ActionStatus; allowed: ActionStatus[] }) {
  const t = useTranslations("actions.work");
  const statuses = useTranslations("enums.actionStatus");
  const [state, run] = useActionState(changeStatus, initialFormState);
  // Starts at a neutral entry, never at a move: one click on "save" must not change the status.
  const [next, setNext] = useRecordState<string>(typed(state, "status", ""), version);
  if (allowed.length === 0) return null;
  return (
    <form key={formKey(state)} action={run} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="status"
        id="status-next"
        label={t("newStatus")}
        value={next}
        onChange={(e) => setNext(e.target.value)}
        error={fieldError(state, "status")}
        hint={t("currentStatus", { status: statuses(current) })}
        options={[{ value: "", label: t("chooseStatus") }, ...allowed.map((s) => ({ value: s, label: statuses(s) }))]}
      />
      {next === "blocked" ? (
        <TextAreaField
          name="reason"
          id="status-reason"
          label={t("blockedReason")}
          defaultValue={typed(state, "reason", "")}
          error={fieldError(state, "reason")}
          rows={2}
        />
      ) : null}
      <SubmitButton pendingLabel={t("saving")}>{t("changeStatus")}</SubmitButton>
    </form>
  );
}

export function StepCheckbox({ actionId, step }: { actionId: number; step: { id: number; title: string; done: boolean } }) {
  const t = useTranslations("actions.work");
  const [state, run] = useActionState(toggleStep, initialFormState);
  return (
    <form key={formKey(state)} action={run} className="inline">
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="stepId" value={step.id} />
      <input type="hidden" name="done" value={step.done ? "false" : "true"} />
      <SubmitButton
        variant="ghost"
        className="min-h-8 px-2 py-1 text-xs"
        aria-label={step.done ? t("untick", { step: step.title }) : t("tick", { step: step.title })}
      >
        {step.done ? t("untickShort") : t("tickShort")}
      </SubmitButton>
      <SaveStatus state={state} saved={t("stepSavedLabel")} notSaved={t("stepError")} />
    </form>
  );
}

export function ProgressForm({
  actionId,
  targets,
}: {
  actionId: number;
  targets: Array<{ sectorTargetId: number; sectorNameId: string; sectorNameEn: string; reported: number }>;
}) {
  const t = useTranslations("actions.work");
  const locale = useLocale();
  const [state, run] = useActionState(addProgress, initialFormState);
  return (
    <form action={run} className="space-y-3" noValidate key={formKey(state)}>
      <FormStatus state={state} />
      <input type="hidden" name="actionId" value={actionId} />
      <TextAreaField
        name="body"
        id="progress-body"
        label={t("progressText")}
        defaultValue={typed(state, "body", "")}
        error={fieldError(state, "body")}
        rows={3}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="percent"
          id="progress-percent"
          label={t("percent")}
          inputMode="numeric"
          defaultValue={typed(state, "percent", "")}
          error={fieldError(state, "percent")}
        />
        {targets.map((x, i) => (
          <div key={x.sectorTargetId}>
            <input type="hidden" name="targetId" value={x.sectorTargetId} />
            <TextField
              name="achieved"
              id={`achieved-${x.sectorTargetId}`}
              inputMode="numeric"
              label={t("achieved", { sector: locale === "en" ? x.sectorNameEn : x.sectorNameId })}
              hint={t("achievedHint", { reported: x.reported })}
              defaultValue={typedList(state, "achieved")?.[i] ?? ""}
              error={fieldError(state, `achieved.${i}`)}
            />
          </div>
        ))}
      </div>
      <div className="space-y-1">
        <label htmlFor="progress-evidence" className="block text-sm font-medium">
          {t("evidence")}
        </label>
        <input
          id="progress-evidence"
          name="evidence"
          type="file"
          multiple
          accept=".pdf,.png,.jpg,.jpeg,.webp,.xlsx,.docx,.csv"
          aria-invalid={Boolean(fieldError(state, "evidence"))}
          aria-describedby="progress-evidence-hint"
          className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-800"
        />
        <p id="progress-evidence-hint" className="text-xs text-muted">
          {t("evidenceHint")}
        </p>
        {fieldError(state, "evidence") ? <p className="text-sm text-red-700">{fieldError(state, "evidence")}</p> : null}
      </div>
      <SubmitButton pendingLabel={t("uploading")}>{t("postProgress")}</SubmitButton>
    </form>
  );
}

export function CommentForm({ actionId }: { actionId: number }) {
  const t = useTranslations("actions.work");
  const [state, run] = useActionState(addComment, initialFormState);
  return (
    <form action={run} className="space-y-2" noValidate key={formKey(state)}>
      <FormStatus state={state} />
      <input type="hidden" name="actionId" value={actionId} />
      <TextAreaField name="body" id="comment-body" label={t("comment")} defaultValue={typed(state, "body", "")} error={fieldError(state, "body")} rows={2} />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("postComment")}
      </SubmitButton>
    </form>
  );
}

export function ReviewForm({ actionId, version }: { actionId: number; version: number }) {
  const t = useTranslations("actions.review");
  const [state, run] = useActionState(reviewAction, initialFormState);
  return (
    <form key={formKey(state)} action={run} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="actionId" value={actionId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField
        name="comment"
        id="review-comment"
        label={t("comment")}
        hint={t("commentHint")}
        defaultValue={typed(state, "comment", "")}
        error={fieldError(state, "comment")}
        rows={3}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="verify" pendingLabel={t("saving")}>
          {t("verify")}
        </SubmitButton>
        <SubmitButton name="decision" value="return" variant="danger" pendingLabel={t("saving")}>
          {t("return")}
        </SubmitButton>
      </div>
    </form>
  );
}
