"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, FormStatus, formKey } from "@/components/ui/form-status";
import { initialFormState } from "@/lib/form-state";
import { resetPassword } from "@/lib/users/mutations";

export function ResetPasswordForm({ userId }: { userId: number }) {
  const t = useTranslations("admin.users");
  const [state, action] = useActionState(resetPassword, initialFormState);
  return (
    <form key={formKey(state)} action={action} className="space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="id" value={userId} />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("newPassword")}
        hint={t("passwordHint")}
        error={fieldError(state, "password")}
      />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("resetPassword")}
      </SubmitButton>
    </form>
  );
}
