"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { fieldError, FormStatus, typed, formKey } from "@/components/ui/form-status";
import type { agencies } from "@/db/schema";
import { agencyKinds } from "@/lib/domain/enums";
import { saveAgency } from "@/lib/agencies/mutations";
import { initialFormState } from "@/lib/form-state";

export function AgencyForm({ agency }: { agency?: typeof agencies.$inferSelect }) {
  const t = useTranslations("admin.agencies");
  const kinds = useTranslations("enums.agencyKind");
  const [state, action] = useActionState(saveAgency, initialFormState);
  return (
    <form action={action} className="space-y-4" noValidate key={formKey(state)}>
      <FormStatus state={state} />
      {agency ? <input type="hidden" name="id" value={agency.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label={t("name")} defaultValue={typed(state, "name", agency?.name)} error={fieldError(state, "name")} required />
        <TextField
          name="shortName"
          label={t("shortName")}
          defaultValue={typed(state, "shortName", agency?.shortName)}
          error={fieldError(state, "shortName")}
          required
        />
        <TextField
          name="code"
          label={t("code")}
          hint={t("codeHint")}
          defaultValue={typed(state, "code", agency?.code)}
          error={fieldError(state, "code")}
          required
        />
        <SelectField
          name="kind"
          label={t("kind")}
          defaultValue={typed(state, "kind", agency?.kind ?? "dinas")}
          error={fieldError(state, "kind")}
          options={agencyKinds.map((k) => ({ value: k, label: kinds(k) }))}
        />
        <TextField
          name="headTitle"
          label={t("headTitle")}
          defaultValue={typed(state, "headTitle", agency?.headTitle)}
          error={fieldError(state, "headTitle")}
          required
        />
      </div>
      <CheckboxField name="active" label={t("active")} defaultChecked={!state.ok && state.values ? state.values.active === "on" : (agency?.active ?? true)} />
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
