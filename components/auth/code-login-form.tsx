"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { Notice } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { formKey } from "@/components/ui/form-status";
import { cancelLogin, loginWithCode } from "@/lib/auth/mutations";
import { initialFormState } from "@/lib/form-state";

/** The second step of a login: a code from the authenticator app, or a recovery code. */
export function CodeLoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations("auth");
  const [state, action] = useActionState(loginWithCode, initialFormState);
  const failed = !state.ok ? state : null;
  return (
    <div className="space-y-4">
      <form key={formKey(state)} action={action} className="space-y-4" noValidate>
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <p className="text-sm text-muted">{t("codeIntro")}</p>
        {failed?.message ? (
          <Notice tone="error" label={t("errorLabel")}>
            {failed.message}
          </Notice>
        ) : null}
        <TextField
          name="code"
          label={t("code")}
          hint={t("codeHint")}
          error={failed?.fieldErrors?.code}
          defaultValue={failed?.values?.code ?? ""}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
          autoFocus
        />
        <SubmitButton className="w-full" pendingLabel={t("verifying")}>
          {t("verify")}
        </SubmitButton>
      </form>
      <form action={cancelLogin}>
        <button type="submit" className="w-full text-center text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
          {t("otherAccount")}
        </button>
      </form>
    </div>
  );
}
