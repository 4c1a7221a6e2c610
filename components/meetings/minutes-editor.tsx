"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldError, FormStatus, typed, formKey, typedList } from "@/components/ui/form-status";
import { initialFormState } from "@/lib/form-state";
import { LIMITS } from "@/lib/domain/limits";
import { addCommitment, addStatement, saveMinutes } from "@/lib/meetings/minutes-mutations";

type Option = { value: string; label: string };

export function MinutesForm({
  meetingId,
  version,
  final,
  summary,
  conclusions,
  agenda,
}: {
  meetingId: number;
  version: number;
  final: boolean;
  summary: string;
  conclusions: string;
  agenda: Array<{ id: number; position: number; title: string; notes: string }>;
}) {
  const t = useTranslations("minutes");
  const [state, action] = useActionState(saveMinutes, initialFormState);
  const typedNotes = typedList(state, "agendaNotes");
  return (
    <form key={formKey(state)} action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <TextAreaField name="summary" label={t("summary")} defaultValue={typed(state, "summary", summary)} error={fieldError(state, "summary")} rows={3} />
      {agenda.map((a, i) => (
        <div key={a.id}>
          <input type="hidden" name="agendaIds" value={a.id} />
          <TextAreaField
            name="agendaNotes"
            id={`agendaNotes-${a.id}`}
            label={`${a.position}. ${a.title}`}
            hint={t("notesHint", { max: LIMITS.minutes })}
            defaultValue={typedNotes?.[i] ?? a.notes}
            error={fieldError(state, `agendaNotes.${i}`)}
            rows={5}
          />
        </div>
      ))}
      <TextAreaField
        name="conclusions"
        label={t("conclusions")}
        defaultValue={typed(state, "conclusions", conclusions)}
        error={fieldError(state, "conclusions")}
        rows={4}
      />
      {final ? (
        <TextField
          name="amendmentReason"
          label={t("amendmentReason")}
          hint={t("amendmentHint")}
          defaultValue={typed(state, "amendmentReason", "")}
          error={fieldError(state, "amendmentReason")}
          required
        />
      ) : null}
      <SubmitButton pendingLabel={t("saving")}>{final ? t("saveAmendment") : t("save")}</SubmitButton>
    </form>
  );
}

export function StatementForm({ meetingId, agenda, speakers }: { meetingId: number; agenda: Option[]; speakers: Option[] }) {
  const t = useTranslations("minutes");
  const [state, action] = useActionState(addStatement, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate key={formKey(state)}>
      <FormStatus state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="attendeeId"
          id="statement-attendeeId"
          label={t("speaker")}
          defaultValue={typed(state, "attendeeId", "")}
          error={fieldError(state, "attendeeId")}
          options={[{ value: "", label: t("otherSpeaker") }, ...speakers]}
        />
        <TextField
          name="speakerName"
          id="statement-speakerName"
          label={t("speakerName")}
          hint={t("speakerNameHint")}
          defaultValue={typed(state, "speakerName", "")}
          error={fieldError(state, "speakerName")}
        />
        <SelectField
          name="agendaItemId"
          id="statement-agendaItemId"
          label={t("agendaItem")}
          defaultValue={typed(state, "agendaItemId", "")}
          options={[{ value: "", label: t("noAgendaItem") }, ...agenda]}
        />
      </div>
      <TextAreaField
        name="body"
        id="statement-body"
        label={t("statement")}
        defaultValue={typed(state, "body", "")}
        error={fieldError(state, "body")}
        rows={3}
      />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("addStatement")}
      </SubmitButton>
    </form>
  );
}

export function CommitmentForm({
  meetingId,
  agenda,
  agencies,
  sectors,
  defaultToAgencyId,
}: {
  meetingId: number;
  agenda: Option[];
  agencies: Option[];
  sectors: Option[];
  defaultToAgencyId: string;
}) {
  const t = useTranslations("minutes");
  const [state, action] = useActionState(addCommitment, initialFormState);
  return (
    <form action={action} className="space-y-3" noValidate key={formKey(state)}>
      <FormStatus state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          name="agencyId"
          id="commitment-agencyId"
          label={t("committingAgency")}
          defaultValue={typed(state, "agencyId", "")}
          error={fieldError(state, "agencyId")}
          options={[{ value: "", label: t("noAgency") }, ...agencies]}
        />
        <TextField
          name="committedByName"
          id="commitment-committedByName"
          label={t("committedByName")}
          defaultValue={typed(state, "committedByName", "")}
          error={fieldError(state, "committedByName")}
        />
        <SelectField
          name="toAgencyId"
          id="commitment-toAgencyId"
          label={t("toAgency")}
          defaultValue={typed(state, "toAgencyId", defaultToAgencyId)}
          error={fieldError(state, "toAgencyId")}
          options={[{ value: "", label: t("noAgency") }, ...agencies]}
        />
        <SelectField
          name="agendaItemId"
          id="commitment-agendaItemId"
          label={t("agendaItem")}
          defaultValue={typed(state, "agendaItemId", "")}
          options={[{ value: "", label: t("noAgendaItem") }, ...agenda]}
        />
      </div>
      <TextAreaField
        name="body"
        id="commitment-body"
        label={t("commitment")}
        defaultValue={typed(state, "body", "")}
        error={fieldError(state, "body")}
        rows={3}
      />
      <div className="grid gap-3 sm:grid-cols-4">
        <TextField
          name="figure"
          id="commitment-figure"
          label={t("figure")}
          inputMode="numeric"
          hint={t("figureHint")}
          defaultValue={typed(state, "figure", "")}
          error={fieldError(state, "figure")}
        />
        <TextField
          name="figureUnit"
          id="commitment-figureUnit"
          label={t("figureUnit")}
          placeholder={t("figureUnitPlaceholder")}
          defaultValue={typed(state, "figureUnit", "")}
          error={fieldError(state, "figureUnit")}
        />
        <SelectField
          name="sectorId"
          id="commitment-sectorId"
          label={t("sector")}
          defaultValue={typed(state, "sectorId", "")}
          options={[{ value: "", label: t("noSector") }, ...sectors]}
        />
        <TextField
          name="dueDate"
          id="commitment-dueDate"
          type="date"
          label={t("dueDate")}
          defaultValue={typed(state, "dueDate", "")}
          error={fieldError(state, "dueDate")}
        />
      </div>
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("addCommitment")}
      </SubmitButton>
    </form>
  );
}
