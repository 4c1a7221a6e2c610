"use client";

import { formKey } from "@/components/ui/form-status";
import { useTranslations } from "@/lib/i18n/client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { login } from "@/lib/auth/mutations";
import { initialFormState } from "@/lib/form-state";

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(login, initialFormState);
  const failed = !state.ok ? state : null;
  return (
    <form key={formKey(state)} action={action} className="space-y-4" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      {failed?.message ? (
        <Notice tone="error" label={t("errorLabel")}>
          {failed.message}
        </Notice>
      ) : null}
      <TextField
        name="email"
        type="email"
        autoComplete="username"
        label={t("email")}
        defaultValue={failed?.values?.email ?? ""}
        error={failed?.fieldErrors?.email}
        required
      />
      <TextField name="password" type="password" autoComplete="current-password" label={t("password")} error={failed?.fieldErrors?.password} required />
      <SubmitButton className="w-full" pendingLabel={t("signingIn")}>
        {t("signIn")}
      </SubmitButton>
    </form>
  );
}
