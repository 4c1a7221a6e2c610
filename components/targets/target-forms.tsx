"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { fieldError, FormStatus, typed, formKey, SaveStatus } from "@/components/ui/form-status";
import { figureSources } from "@/lib/domain/enums";
import { initialFormState, type FormState } from "@/lib/form-state";
import { createPeriod, saveCoverageTarget, saveRule, saveSector, saveSectorTarget } from "@/lib/targets/mutations";

function SourceFields({ state, idPrefix, source, dataDate }: { state: FormState; idPrefix: string; source?: string; dataDate?: string }) {
  const t = useTranslations("targets");
  const sources = useTranslations("enums.figureSource");
  return (
    <>
      <SelectField
        name="source"
        id={`${idPrefix}-source`}
        label={t("source")}
        defaultValue={typed(state, "source", source ?? "bpjs_branch")}
        error={fieldError(state, "source")}
        options={figureSources.map((s) => ({ value: s, label: sources(s) }))}
      />
      <TextField
        name="dataDate"
        id={`${idPrefix}-dataDate`}
        type="date"
        label={t("dataDate")}
        defaultValue={typed(state, "dataDate", dataDate)}
        error={fieldError(state, "dataDate")}
      />
    </>
  );
}

export function RuleForm({ rule }: { rule: { minIncreasePct: number; legalReference: string } }) {
  const t = useTranslations("targets");
  const [state, run] = useActionState(saveRule, initialFormState);
  return (
    <form key={formKey(state)} action={run} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          name="minIncreasePct"
          label={t("minIncrease")}
          inputMode="decimal"
          defaultValue={typed(state, "minIncreasePct", String(rule.minIncreasePct).replace(".", ","))}
          error={fieldError(state, "minIncreasePct")}
        />
        <div className="sm:col-span-2">
          <TextField
            name="legalReference"
            label={t("legalReference")}
            defaultValue={typed(state, "legalReference", rule.legalReference)}
            error={fieldError(state, "legalReference")}
          />
        </div>
      </div>
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}

export interface CoverageTargetValues {
  workingPopulation: number;
  baselineParticipants: number;
  baselineCoveragePct: string;
  targetCoveragePct: string;
  targetParticipantsStated: number | null;
  deadline: string;
  notes: string;
  source: string;
  dataDate: string;
  version: number;
}

export function CoverageTargetForm({ periodId, year, target }: { periodId: number; year: number; target: CoverageTargetValues | null }) {
  const t = useTranslations("targets");
  const [state, run] = useActionState(saveCoverageTarget, initialFormState);
  const pct = (v: string | undefined) => v?.replace(".", ",");
  return (
    <form key={formKey(state)} action={run} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="version" value={target?.version ?? 0} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          name="workingPopulation"
          label={t("workingPopulation")}
          hint={t("workingPopulationHint")}
          inputMode="numeric"
          defaultValue={typed(state, "workingPopulation", target?.workingPopulation.toString())}
          error={fieldError(state, "workingPopulation")}
        />
        <TextField
          name="baselineParticipants"
          label={t("baselineParticipants")}
          inputMode="numeric"
          defaultValue={typed(state, "baselineParticipants", target?.baselineParticipants.toString())}
          error={fieldError(state, "baselineParticipants")}
        />
        <TextField
          name="baselineCoveragePct"
          label={t("baselinePct")}
          inputMode="decimal"
          defaultValue={typed(state, "baselineCoveragePct", pct(target?.baselineCoveragePct))}
          error={fieldError(state, "baselineCoveragePct")}
        />
        <TextField
          name="targetCoveragePct"
          label={t("targetPct")}
          inputMode="decimal"
          defaultValue={typed(state, "targetCoveragePct", pct(target?.targetCoveragePct))}
          error={fieldError(state, "targetCoveragePct")}
        />
        <TextField
          name="targetParticipantsStated"
          label={t("statedNeeded")}
          hint={t("statedNeededHint")}
          inputMode="numeric"
          defaultValue={typed(state, "targetParticipantsStated", target?.targetParticipantsStated?.toString())}
          error={fieldError(state, "targetParticipantsStated")}
        />
        <TextField
          name="deadline"
          type="date"
          label={t("deadline")}
          defaultValue={typed(state, "deadline", target?.deadline ?? `${year}-12-31`)}
          error={fieldError(state, "deadline")}
        />
        <SourceFields state={state} idPrefix="region" source={target?.source} dataDate={target?.dataDate} />
      </div>
      <TextAreaField name="notes" label={t("notes")} defaultValue={typed(state, "notes", target?.notes)} error={fieldError(state, "notes")} rows={2} />
      <SubmitButton pendingLabel={t("saving")}>{t("saveTarget")}</SubmitButton>
    </form>
  );
}

export function SectorTargetForm({
  periodId,
  sector,
  target,
}: {
  periodId: number;
  sector: { id: number; name: string };
  target: {
    baselineParticipants: number;
    targetParticipants: number;
    eligiblePopulation: number | null;
    source: string;
    dataDate: string;
    version: number;
  } | null;
}) {
  const t = useTranslations("targets");
  const [state, run] = useActionState(saveSectorTarget, initialFormState);
  const id = (n: string) => `st-${sector.id}-${n}`;
  return (
    <form
      key={formKey(state)}
      action={run}
      className="grid gap-3 rounded-md border border-line p-3 sm:grid-cols-6 sm:items-end"
      noValidate
      aria-label={t("sectorTargetOf", { sector: sector.name })}
    >
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="sectorId" value={sector.id} />
      <input type="hidden" name="version" value={target?.version ?? 0} />
      <p className="font-medium sm:col-span-6">{sector.name}</p>
      <TextField
        name="baselineParticipants"
        id={id("baseline")}
        label={t("baselineParticipants")}
        inputMode="numeric"
        defaultValue={typed(state, "baselineParticipants", target?.baselineParticipants.toString())}
        error={fieldError(state, "baselineParticipants")}
      />
      <TextField
        name="targetParticipants"
        id={id("target")}
        label={t("targetParticipants")}
        inputMode="numeric"
        defaultValue={typed(state, "targetParticipants", target?.targetParticipants.toString())}
        error={fieldError(state, "targetParticipants")}
      />
      <TextField
        name="eligiblePopulation"
        id={id("eligible")}
        label={t("eligible")}
        inputMode="numeric"
        defaultValue={typed(state, "eligiblePopulation", target?.eligiblePopulation?.toString())}
        error={fieldError(state, "eligiblePopulation")}
      />
      <SourceFields state={state} idPrefix={id("p")} source={target?.source} dataDate={target?.dataDate} />
      <div className="flex flex-col gap-1">
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("save")}
        </SubmitButton>
        <SaveStatus state={state} saved={t("saved")} notSaved={t("notSaved")} />
      </div>
    </form>
  );
}

export function SectorForm({
  sector,
}: {
  sector?: { id: number; code: string; nameId: string; nameEn: string; descriptionId: string; descriptionEn: string; active: boolean };
}) {
  const t = useTranslations("targets");
  const [state, run] = useActionState(saveSector, initialFormState);
  const id = (n: string) => `sector-${sector?.id ?? "new"}-${n}`;
  return (
    <form action={run} className="space-y-3" noValidate key={formKey(state)}>
      <FormStatus state={state} />
      {sector ? <input type="hidden" name="id" value={sector.id} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="code" id={id("code")} label={t("sectorCode")} defaultValue={typed(state, "code", sector?.code)} error={fieldError(state, "code")} />
        <TextField
          name="nameId"
          id={id("nameId")}
          label={t("sectorNameId")}
          defaultValue={typed(state, "nameId", sector?.nameId)}
          error={fieldError(state, "nameId")}
        />
        <TextField
          name="nameEn"
          id={id("nameEn")}
          label={t("sectorNameEn")}
          defaultValue={typed(state, "nameEn", sector?.nameEn)}
          error={fieldError(state, "nameEn")}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextAreaField
          name="descriptionId"
          id={id("descId")}
          label={t("descriptionId")}
          defaultValue={typed(state, "descriptionId", sector?.descriptionId)}
          rows={2}
        />
        <TextAreaField
          name="descriptionEn"
          id={id("descEn")}
          label={t("descriptionEn")}
          defaultValue={typed(state, "descriptionEn", sector?.descriptionEn)}
          rows={2}
        />
      </div>
      <CheckboxField
        name="active"
        label={t("sectorActive")}
        defaultChecked={!state.ok && state.values ? state.values.active === "on" : (sector?.active ?? true)}
      />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {sector ? t("save") : t("addSector")}
      </SubmitButton>
    </form>
  );
}

export function PeriodForm() {
  const t = useTranslations("targets");
  const [state, run] = useActionState(createPeriod, initialFormState);
  return (
    <form key={formKey(state)} id="new-period" action={run} className="flex flex-wrap items-end gap-3" noValidate>
      <div className="w-32">
        <TextField name="year" label={t("year")} inputMode="numeric" defaultValue={typed(state, "year", "")} error={fieldError(state, "year")} />
      </div>
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("addPeriod")}
      </SubmitButton>
      <SaveStatus state={state} saved={t("saved")} notSaved={t("notSaved")} size="sm" />
    </form>
  );
}
