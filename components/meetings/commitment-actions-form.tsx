"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldError, FormStatus, formKey, typedList } from "@/components/ui/form-status";
import { priorities } from "@/lib/domain/enums";
import { initialFormState } from "@/lib/form-state";
import { createActionsFromCommitment } from "@/lib/meetings/minutes-mutations";

/**
 * Turns one commitment into one or more action items, each with an owning agency and a due date.
 * The first starts linked to the sector target the commitment serves, expecting its figure.
 */
export function CommitmentActionsForm({
  meetingId,
  commitment,
  agencies,
  targets,
}: {
  meetingId: number;
  commitment: { id: number; body: string; agencyId: number | null; dueDate: string | null; sectorTargetId: number | null; figure: number | null };
  agencies: Array<{ value: string; label: string }>;
  targets: Array<{ value: string; label: string }>;
}) {
  const t = useTranslations("minutes");
  const prio = useTranslations("enums.priority");
  const [state, action] = useActionState(createActionsFromCommitment, initialFormState);
  const [rows, setRows] = useState(1);
  const typedRow = (name: string, i: number) => typedList(state, name)?.[i];
  const id = (name: string, i: number) => `c${commitment.id}-${name}-${i}`;
  return (
    <form action={action} className="space-y-3" noValidate key={formKey(state)} aria-label={t("createActionsFor", { n: commitment.id })}>
      <FormStatus state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="commitmentId" value={commitment.id} />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="grid gap-3 rounded-md border border-line p-3 sm:grid-cols-6">
          <div className="sm:col-span-3">
            <TextField
              name="title"
              id={id("title", i)}
              label={t("actionTitle")}
              defaultValue={typedRow("title", i) ?? (i === 0 ? commitment.body.slice(0, 200) : "")}
              error={fieldError(state, `title.${i}`)}
            />
          </div>
          <div className="sm:col-span-3">
            <SelectField
              name="ownerAgencyId"
              id={id("owner", i)}
              label={t("owner")}
              defaultValue={typedRow("ownerAgencyId", i) ?? commitment.agencyId?.toString() ?? ""}
              error={fieldError(state, `ownerAgencyId.${i}`)}
              options={[{ value: "", label: t("chooseAgency") }, ...agencies]}
            />
          </div>
          <div className="sm:col-span-3">
            <TextField
              name="dueDate"
              id={id("due", i)}
              type="date"
              label={t("dueDate")}
              defaultValue={typedRow("dueDate", i) ?? commitment.dueDate ?? ""}
              error={fieldError(state, `dueDate.${i}`)}
            />
          </div>
          <div className="sm:col-span-3">
            <SelectField
              name="priority"
              id={id("priority", i)}
              label={t("priority")}
              defaultValue={typedRow("priority", i) ?? "normal"}
              options={priorities.map((p) => ({ value: p, label: prio(p) }))}
            />
          </div>
          <div className="sm:col-span-3">
            <SelectField
              name="targetId"
              id={id("target", i)}
              label={t("sectorTarget")}
              error={fieldError(state, `targetId.${i}`)}
              defaultValue={typedRow("targetId", i) ?? (i === 0 && commitment.sectorTargetId !== null ? String(commitment.sectorTargetId) : "")}
              options={[{ value: "", label: t("noSectorTarget") }, ...targets]}
            />
          </div>
          <div className="sm:col-span-3">
            <TextField
              name="targetExpected"
              id={id("expected", i)}
              label={t("expected")}
              inputMode="numeric"
              error={fieldError(state, `targetExpected.${i}`)}
              hint={i === 0 && commitment.figure !== null ? t("expectedHint") : undefined}
              defaultValue={typedRow("targetExpected", i) ?? (i === 0 && commitment.figure !== null ? String(commitment.figure) : "")}
            />
          </div>
        </div>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="text-sm font-medium text-brand-700 hover:underline" onClick={() => setRows((n) => Math.min(n + 1, 10))}>
          {t("anotherAction")}
        </button>
        <SubmitButton pendingLabel={t("saving")}>{t("createActions")}</SubmitButton>
      </div>
    </form>
  );
}
