"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useRouter } from "next/navigation";
import { useActionState, type ReactNode } from "react";
import { buttonClass, SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, FormStatus, formKey } from "@/components/ui/form-status";
import { cancelTwoFactorEnrolment, confirmTwoFactor, disableTwoFactor, regenerateRecoveryCodes, startTwoFactor } from "@/lib/auth/two-factor/mutations";
import { initialFormState, type FormState } from "@/lib/form-state";
import { RecoveryCodes } from "./recovery-codes";

function recoveryCodesOf(state: FormState): string[] | null {
  const data = state.ok ? (state.data as { recoveryCodes?: unknown } | undefined) : undefined;
  return Array.isArray(data?.recoveryCodes) ? (data.recoveryCodes as string[]) : null;
}

/** After the codes are kept: the account page shows the new state; the enrolment page lets the user in. */
function Done({ continueTo }: { continueTo?: string }) {
  const t = useTranslations("twoFactor");
  const router = useRouter();
  if (continueTo)
    return (
      <a href={continueTo} className={buttonClass("primary")}>
        {t("continue")}
      </a>
    );
  return (
    <button type="button" className={buttonClass("primary")} onClick={() => router.refresh()}>
      {t("saved")}
    </button>
  );
}

const codeInput = { inputMode: "numeric", autoComplete: "one-time-code", maxLength: 7, pattern: "[0-9 ]*" } as const;

export function StartTwoFactorButton({ label }: { label: string }) {
  const t = useTranslations("twoFactor");
  const [state, action] = useActionState(startTwoFactor, initialFormState);
  return (
    <form action={action} className="space-y-3">
      <FormStatus state={state.ok ? { ok: true } : state} />
      <SubmitButton pendingLabel={t("starting")}>{label}</SubmitButton>
    </form>
  );
}

/** The QR code and key of an enrolment under way, and the code that confirms it; then the recovery codes. */
export function ConfirmTwoFactor({
  qrSvg,
  secret,
  continueTo,
  statusLine,
  email,
  needsPassword,
}: {
  qrSvg: string;
  secret: string;
  continueTo?: string;
  statusLine: ReactNode;
  email: string;
  /** Replacing an enrolled authenticator: the password is asked too. */
  needsPassword: boolean;
}) {
  const t = useTranslations("twoFactor");
  const [state, action] = useActionState(confirmTwoFactor, initialFormState);
  const [cancelState, cancel] = useActionState(cancelTwoFactorEnrolment, initialFormState);
  const codes = recoveryCodesOf(state);
  if (codes) {
    return (
      <div className="space-y-4">
        <FormStatus state={state} />
        <RecoveryCodes codes={codes}>
          <Done continueTo={continueTo} />
        </RecoveryCodes>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {statusLine}
      <p className="text-sm font-medium">{t("step1")}</p>
      <div
        role="img"
        aria-label={t("qrLabel")}
        className="size-48 rounded-md border border-line bg-white p-1 [&>svg]:size-full"
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
      <div className="space-y-1">
        <p className="text-sm text-muted">{t("manual")}</p>
        <p className="text-xs font-medium text-muted">{t("secretLabel")}</p>
        <code data-testid="totp-secret" className="block break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-sm tracking-wider">
          {secret}
        </code>
      </div>
      <form key={formKey(state)} action={action} className="max-w-xs space-y-3" noValidate>
        <p className="text-sm font-medium">{t("step2")}</p>
        <FormStatus state={state} />
        <TextField
          id="enrol-code"
          name="code"
          label={t("code")}
          error={fieldError(state, "code")}
          defaultValue={state.ok ? "" : (state.values?.code ?? "")}
          required
          {...codeInput}
        />
        {needsPassword ? (
          <>
            <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
            <TextField
              id="enrol-password"
              name="password"
              type="password"
              autoComplete="current-password"
              label={t("password")}
              hint={t("reenrolPassword")}
              error={fieldError(state, "password")}
              required
            />
          </>
        ) : null}
        <SubmitButton pendingLabel={t("confirming")}>{t("confirm")}</SubmitButton>
      </form>
      <form action={cancel}>
        <FormStatus state={cancelState.ok ? { ok: true } : cancelState} />
        <SubmitButton variant="ghost">{t("cancel")}</SubmitButton>
      </form>
    </div>
  );
}

export function RegenerateRecoveryCodes() {
  const t = useTranslations("twoFactor");
  const [state, action] = useActionState(regenerateRecoveryCodes, initialFormState);
  const codes = recoveryCodesOf(state);
  if (codes)
    return (
      <div className="space-y-3">
        <FormStatus state={state} />
        <RecoveryCodes codes={codes}>
          <Done />
        </RecoveryCodes>
      </div>
    );
  return (
    <form key={formKey(state)} action={action} className="max-w-xs space-y-3" noValidate>
      <p className="text-sm text-muted">{t("regenerateHint")}</p>
      <FormStatus state={state} />
      <TextField id="regenerate-code" name="code" label={t("code")} error={fieldError(state, "code")} required {...codeInput} />
      <SubmitButton variant="secondary" pendingLabel={t("working")}>
        {t("regenerate")}
      </SubmitButton>
    </form>
  );
}

export function DisableTwoFactor({ email }: { email: string }) {
  const t = useTranslations("twoFactor");
  const [state, action] = useActionState(disableTwoFactor, initialFormState);
  return (
    <form key={formKey(state)} action={action} className="max-w-xs space-y-3" noValidate>
      <p className="text-sm text-muted">{t("disableHint")}</p>
      <FormStatus state={state} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="disable-password"
        name="password"
        type="password"
        autoComplete="current-password"
        label={t("password")}
        error={fieldError(state, "password")}
      />
      <TextField id="disable-code" name="code" label={t("orCode")} error={fieldError(state, "code")} {...codeInput} />
      <SubmitButton variant="danger" pendingLabel={t("working")}>
        {t("disable")}
      </SubmitButton>
    </form>
  );
}
