"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

/** Recovery codes shown once, right after they were made, with ways to keep them. */
export function RecoveryCodes({ codes, children }: { codes: string[]; children?: ReactNode }) {
  const t = useTranslations("twoFactor");
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-3">
      <h3 className="text-sm font-semibold">{t("recoveryTitle")}</h3>
      <p className="text-sm text-muted">{t("recoveryIntro")}</p>
      <ol
        aria-label={t("recoveryList")}
        className="grid grid-cols-2 gap-x-4 gap-y-1 rounded-md border border-line bg-slate-50 p-3 font-mono text-sm sm:max-w-sm"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div className="no-print flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={buttonClass("secondary")}
          onClick={() =>
            void navigator.clipboard?.writeText(codes.join("\n")).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t("copy")}
        </button>
        <button type="button" className={buttonClass("secondary")} onClick={() => window.print()}>
          {t("print")}
        </button>
        {copied ? (
          <span role="status" className="text-sm text-emerald-700">
            {t("copied")}
          </span>
        ) : null}
      </div>
      {children}
    </div>
  );
}
