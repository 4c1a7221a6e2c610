"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { fieldError, FormStatus, formKey, typedList } from "@/components/ui/form-status";
import { useTranslations } from "@/lib/i18n/client";
import { initialFormState } from "@/lib/form-state";
import { setGrants } from "@/lib/platform/mutations";
import { RegencyCheckboxes } from "./regency-checkboxes";

/** The set of regencies one overseer reads, replaced as a whole. */
export function GrantsForm({ userId, regencies, granted }: { userId: number; regencies: Array<{ id: number; name: string }>; granted: number[] }) {
  const t = useTranslations("platform");
  const [state, action] = useActionState(setGrants, initialFormState);
  const checked = state.ok ? granted : (typedList(state, "regencyIds")?.map(Number) ?? granted);
  return (
    <form action={action} className="space-y-4" noValidate key={formKey(state)}>
      <FormStatus state={state} />
      <input type="hidden" name="userId" value={userId} />
      <RegencyCheckboxes legend={t("regencyChoice")} regencies={regencies} checked={checked} error={fieldError(state, "regencyIds")} />
      <SubmitButton pendingLabel={t("saving")}>{t("saveGrants")}</SubmitButton>
    </form>
  );
}
