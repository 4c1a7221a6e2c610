import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/card";
import { groupedSecret } from "@/lib/auth/two-factor/rules";
import { enrolmentQrSvg } from "@/lib/auth/two-factor/qr";
import type { TwoFactorStatus } from "@/lib/auth/two-factor/store";
import { formatDate } from "@/lib/i18n/dates";
import { ConfirmTwoFactor, DisableTwoFactor, RegenerateRecoveryCodes, StartTwoFactorButton } from "./two-factor-forms";

/**
 * Two-factor login on the account page and the enrolment page: its state, the enrolment under
 * way (QR code drawn here, on the server), recovery codes and turning it off. What the user may
 * do is decided by the caller (`required`, `demoExempt`), not re-derived here.
 */
export async function TwoFactorPanel({
  email,
  status,
  pending,
  required,
  demoExempt,
  continueTo,
}: {
  email: string;
  status: TwoFactorStatus;
  /** The secret of the enrolment under way, if any. */
  pending: string | null;
  required: boolean;
  demoExempt: boolean;
  /** Where "continue" leads once enrolled (the enrolment page); the account page refreshes instead. */
  continueTo?: string;
}) {
  const [t, format] = await Promise.all([getTranslations("twoFactor"), getFormatter()]);
  const qrSvg = pending ? await enrolmentQrSvg(pending, email) : null;
  const statusLine = (
    <p className="text-sm font-medium" data-testid="two-factor-status">
      {status.enrolled && status.enrolledAt ? t("on", { date: formatDate(format, status.enrolledAt, "dateTime") }) : t("off")}
      {status.enrolled ? <span className="ml-1 font-normal text-muted">{t("recoveryLeft", { count: status.recoveryCodesLeft })}</span> : null}
    </p>
  );
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t("intro")}</p>
      {/* While enrolling, the confirming form shows it, and hides it with the new recovery codes. */}
      {pending && qrSvg ? null : statusLine}
      {required ? (
        <Notice tone="info" label={t("title")}>
          {t("requiredForRole")}
        </Notice>
      ) : null}
      {demoExempt ? (
        <Notice tone="info" label={t("title")}>
          {t("requiredForRole")} {t("demoExempt")}
        </Notice>
      ) : null}
      {pending && qrSvg ? (
        <ConfirmTwoFactor
          qrSvg={qrSvg}
          secret={groupedSecret(pending)}
          continueTo={continueTo}
          statusLine={statusLine}
          email={email}
          needsPassword={status.enrolled}
        />
      ) : (
        <StartTwoFactorButton label={status.enrolled ? t("reenrol") : t("start")} />
      )}
      {status.enrolled && !pending ? (
        <div className="grid gap-6 border-t border-line pt-4 md:grid-cols-2">
          <section className="space-y-2">
            <h3 className="text-sm font-semibold">{t("regenerateTitle")}</h3>
            <RegenerateRecoveryCodes />
          </section>
          {required ? null : (
            <section className="space-y-2">
              <h3 className="text-sm font-semibold">{t("disableTitle")}</h3>
              <DisableTwoFactor email={email} />
            </section>
          )}
        </div>
      ) : null}
    </div>
  );
}
