"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, FormStatus, formKey } from "@/components/ui/form-status";
import { changePassword } from "@/lib/auth/account";
import { initialFormState } from "@/lib/form-state";

/** The account page's password change: passwords are never sent back, so each answer starts them empty. */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(changePassword, initialFormState);
  return (
    <form key={formKey(state)} action={action} className="max-w-md space-y-4" noValidate>
      <FormStatus state={state} />
      {/* Lets a password manager file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t("currentPassword")}
        error={fieldError(state, "currentPassword")}
        required
      />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("newPassword")}
        hint={t("passwordHint")}
        error={fieldError(state, "password")}
        required
        maxLength={64}
      />
      <TextField
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        label={t("confirmPassword")}
        error={fieldError(state, "confirmPassword")}
        required
        maxLength={64}
      />
      <SubmitButton pendingLabel={t("saving")}>{t("changePassword")}</SubmitButton>
    </form>
  );
}
