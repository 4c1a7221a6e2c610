"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { fieldError, FormStatus, typed, formKey } from "@/components/ui/form-status";
import { initialFormState } from "@/lib/form-state";
import { confirmMinutes } from "@/lib/meetings/mutations";

export function ConfirmMinutesForm({ meetingId, current }: { meetingId: number; current: "confirmed" | "objected" | null }) {
  const t = useTranslations("confirmations");
  const [state, action] = useActionState(confirmMinutes, initialFormState);
  const [objecting, setObjecting] = useState(!state.ok && state.values?.decision === "objected");
  return (
    <form key={formKey(state)} action={action} className="space-y-3" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      {current ? <p className="text-sm text-muted">{t(current === "confirmed" ? "youConfirmed" : "youObjected")}</p> : <p className="text-sm">{t("ask")}</p>}
      {objecting ? (
        <>
          <input type="hidden" name="decision" value="objected" />
          <TextAreaField name="reason" label={t("reason")} defaultValue={typed(state, "reason", "")} error={fieldError(state, "reason")} rows={3} />
          <div className="flex gap-2">
            <SubmitButton variant="danger" pendingLabel={t("saving")}>
              {t("sendObjection")}
            </SubmitButton>
            <button type="button" className="text-sm text-muted underline" onClick={() => setObjecting(false)}>
              {t("cancel")}
            </button>
          </div>
        </>
      ) : (
        <div className="flex flex-wrap gap-2">
          <input type="hidden" name="decision" value="confirmed" />
          <SubmitButton pendingLabel={t("saving")}>{t("confirm")}</SubmitButton>
          <button type="button" className="rounded-md border border-line px-4 py-2 text-sm" onClick={() => setObjecting(true)}>
            {t("object")}
          </button>
        </div>
      )}
    </form>
  );
}
