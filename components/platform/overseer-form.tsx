"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { fieldError, FormStatus, formKey, typed, typedList } from "@/components/ui/form-status";
import { grantedRoles } from "@/lib/domain/enums";
import { useTranslations } from "@/lib/i18n/client";
import { initialFormState } from "@/lib/form-state";
import { createOverseer } from "@/lib/platform/mutations";
import { RegencyCheckboxes } from "./regency-checkboxes";

/** A province viewer or regional reviewer, with the regencies it reads. */
export function OverseerForm({ regencies }: { regencies: Array<{ id: number; name: string }> }) {
  const t = useTranslations("platform");
  const roleNames = useTranslations("enums.role");
  const [state, action] = useActionState(createOverseer, initialFormState);
  const field = (name: string) => ({ name, defaultValue: typed(state, name, ""), error: fieldError(state, name) });
  const checked = (typedList(state, "regencyIds") ?? []).map(Number);
  return (
    <form action={action} className="space-y-4" noValidate key={formKey(state)}>
      <FormStatus state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("name")} label={t("overseerName")} required />
        <TextField {...field("email")} type="email" label={t("email")} required />
        <TextField {...field("position")} label={t("position")} />
        <SelectField
          name="role"
          label={t("role")}
          defaultValue={typed(state, "role", "province_viewer")}
          error={fieldError(state, "role")}
          options={grantedRoles.map((r) => ({ value: r, label: roleNames(r) }))}
        />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={t("password")}
          hint={t("passwordHint")}
          error={fieldError(state, "password")}
          required
        />
      </div>
      <RegencyCheckboxes legend={t("regencyChoice")} regencies={regencies} checked={checked} error={fieldError(state, "regencyIds")} />
      <SubmitButton pendingLabel={t("saving")}>{t("createOverseer")}</SubmitButton>
    </form>
  );
}
