"use client";

import { useFormatter, useTranslations } from "@/lib/i18n/client";
import { startTransition, useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldError, FormStatus, typed, formKey } from "@/components/ui/form-status";
import { figureSources } from "@/lib/domain/enums";
import { initialFormState } from "@/lib/form-state";
import type { ImportResult } from "@/lib/targets/import";
import { importRealisations, saveRealisation } from "@/lib/targets/mutations";

type Option = { value: string; label: string };

export function RealisationForm({ sectors, defaultMonth, today }: { sectors: Option[]; defaultMonth: string; today: string }) {
  const t = useTranslations("realisations");
  const sources = useTranslations("enums.figureSource");
  const [state, run] = useActionState(saveRealisation, initialFormState);
  return (
    <form key={formKey(state)} action={run} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField
          name="sectorId"
          id="r-sector"
          label={t("sector")}
          defaultValue={typed(state, "sectorId", sectors[0]?.value)}
          error={fieldError(state, "sectorId")}
          options={sectors}
        />
        <TextField
          name="month"
          id="r-month"
          type="month"
          label={t("month")}
          defaultValue={typed(state, "month", defaultMonth)}
          error={fieldError(state, "month")}
        />
        <TextField
          name="newParticipants"
          id="r-new"
          label={t("newParticipants")}
          hint={t("newHint")}
          inputMode="numeric"
          defaultValue={typed(state, "newParticipants", "")}
          error={fieldError(state, "newParticipants")}
        />
        <TextField
          name="activeParticipants"
          id="r-active"
          label={t("activeParticipants")}
          inputMode="numeric"
          defaultValue={typed(state, "activeParticipants", "")}
          error={fieldError(state, "activeParticipants")}
        />
        <SelectField
          name="source"
          id="r-source"
          label={t("source")}
          defaultValue={typed(state, "source", "bpjs_branch")}
          options={figureSources.map((s) => ({ value: s, label: sources(s) }))}
        />
        <TextField
          name="dataDate"
          id="r-dataDate"
          type="date"
          label={t("dataDate")}
          defaultValue={typed(state, "dataDate", today)}
          error={fieldError(state, "dataDate")}
        />
      </div>
      <p className="text-xs text-muted">{t("replaceHint")}</p>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}

export function ImportForm({ today }: { today: string }) {
  const t = useTranslations("realisations");
  const e = useTranslations("imports.errors");
  const sources = useTranslations("enums.figureSource");
  const format = useFormatter();
  const [state, run, pending] = useActionState(importRealisations, initialFormState);
  const [file, setFile] = useState<{ name: string; size: number } | null>(null);
  const result = state.ok ? (state.data as ImportResult | undefined) : undefined;
  const rows = result?.rows ?? [];
  const errors = rows.filter((r) => r.errors.length > 0).length;
  return (
    // Submitted by hand so the chosen file stays in the input between the preview and the import.
    <form
      className="space-y-3"
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        const data = new FormData(ev.currentTarget, (ev.nativeEvent as SubmitEvent).submitter);
        startTransition(() => run(data));
      }}
    >
      <FormStatus state={state} />
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="space-y-1 sm:col-span-3">
          <label htmlFor="import-file" className="block text-sm font-medium">
            {t("file")}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.xlsx"
            aria-describedby="import-file-hint"
            aria-invalid={Boolean(fieldError(state, "file"))}
            onChange={(ev) => {
              const f = ev.target.files?.[0];
              setFile(f ? { name: f.name, size: f.size } : null);
            }}
            className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:text-brand-800"
          />
          <p id="import-file-hint" className="text-xs text-muted">
            {t("fileHint")}
          </p>
          {fieldError(state, "file") ? <p className="text-sm text-red-700">{fieldError(state, "file")}</p> : null}
        </div>
        <SelectField
          name="source"
          id="i-source"
          label={t("source")}
          defaultValue={typed(state, "source", "bpjs_branch")}
          options={figureSources.map((s) => ({ value: s, label: sources(s) }))}
        />
        <TextField
          name="dataDate"
          id="i-dataDate"
          type="date"
          label={t("dataDate")}
          defaultValue={typed(state, "dataDate", today)}
          error={fieldError(state, "dataDate")}
        />
      </div>
      {pending ? (
        <div role="status" aria-label={t("processing")} className="space-y-1">
          <p className="text-sm">{t("processingFile", { name: file?.name ?? "", size: format.number(Math.max(1, Math.round((file?.size ?? 0) / 1024))) })}</p>
          <div className="h-2 overflow-hidden rounded-full bg-slate-200">
            <div className="h-full w-1/3 animate-pulse rounded-full bg-brand-600" />
          </div>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="mode" value="preview" disabled={pending} className={buttonClass("secondary")}>
          {t("preview")}
        </button>
        {result && result.imported === undefined && errors === 0 ? (
          <button type="submit" name="mode" value="import" disabled={pending} className={buttonClass("primary")}>
            {t("importAll", { count: rows.length })}
          </button>
        ) : null}
        {result && result.imported === undefined && errors > 0 && errors < rows.length ? (
          <button type="submit" name="mode" value="importClean" disabled={pending} className={buttonClass("primary")}>
            {t("importClean", { count: rows.length - errors })}
          </button>
        ) : null}
      </div>
      <DataTable
        label={t("previewTable")}
        look="sheet"
        caption
        stickyHeader
        rows={rows.slice(0, 500)}
        rowKey={(r) => r.line}
        minWidth="min-w-[36rem]"
        scrollClassName={{ outer: "-mx-4 sm:mx-0", box: "max-h-[28rem] overflow-y-auto border-y border-line sm:rounded-md sm:border" }}
        rowClassName={(r) => (r.errors.length > 0 ? "bg-red-50" : "")}
        pagination={rows.length > 500 ? <p className="p-2 text-xs text-muted">{t("moreRows", { count: rows.length - 500 })}</p> : null}
        columns={[
          { key: "line", header: t("line"), className: "tabular-nums", cell: (r) => r.line },
          { key: "sector", header: t("sector"), cell: (r) => r.sector },
          { key: "month", header: t("month"), cell: (r) => r.month?.slice(0, 7) ?? (r.monthText || "–") },
          { key: "new", header: t("newParticipants"), align: "right", cell: (r) => (r.newParticipants === null ? "–" : format.number(r.newParticipants)) },
          {
            key: "active",
            header: t("activeParticipants"),
            align: "right",
            cell: (r) => (r.activeParticipants === null ? "–" : format.number(r.activeParticipants)),
          },
          { key: "problems", header: t("problems"), className: "text-red-800", cell: (r) => r.errors.map((x) => e(x)).join("; ") },
        ]}
      />
    </form>
  );
}
