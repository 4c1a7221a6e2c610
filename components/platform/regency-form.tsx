"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, FormStatus, formKey, typed } from "@/components/ui/form-status";
import { useTranslations } from "@/lib/i18n/client";
import { initialFormState } from "@/lib/form-state";
import { createRegency } from "@/lib/platform/mutations";

/** A new regency and its first admin, in one form (and one transaction). */
export function RegencyForm() {
  const t = useTranslations("platform");
  const [state, action] = useActionState(createRegency, initialFormState);
  const field = (name: string) => ({ name, defaultValue: typed(state, name, ""), error: fieldError(state, name) });
  return (
    <form action={action} className="space-y-4" noValidate key={formKey(state)}>
      <FormStatus state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField {...field("name")} label={t("name")} required />
        <TextField {...field("slug")} label={t("slug")} hint={t("slugHint")} required autoCapitalize="none" />
        <TextField {...field("province")} label={t("province")} />
        <TextField {...field("host")} label={t("host")} hint={t("hostHint")} autoCapitalize="none" />
        <TextField {...field("adminName")} label={t("adminName")} required />
        <TextField {...field("adminEmail")} type="email" label={t("adminEmail")} required />
        <TextField
          name="adminPassword"
          type="password"
          autoComplete="new-password"
          label={t("adminPassword")}
          hint={t("passwordHint")}
          error={fieldError(state, "adminPassword")}
          required
        />
      </div>
      <SubmitButton pendingLabel={t("saving")}>{t("createRegency")}</SubmitButton>
    </form>
  );
}
