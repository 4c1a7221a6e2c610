"use client";

import { formKey } from "@/components/ui/form-status";
import { useActionState } from "react";
import type { FormState } from "@/lib/form-state";
import { initialFormState } from "@/lib/form-state";
import { SubmitButton, type ButtonVariant } from "./button";

/** A one-button form (remove, finalize…) that posts hidden fields and shows the answer beside it. */
export function InlineAction({
  action,
  fields,
  label,
  pendingLabel,
  variant = "secondary",
  confirm,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: Record<string, string | number>;
  label: string;
  pendingLabel?: string;
  variant?: ButtonVariant;
  confirm?: string;
}) {
  const [state, run] = useActionState(action, initialFormState);
  return (
    <form
      key={formKey(state)}
      action={run}
      className="inline-flex flex-col items-start gap-1"
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <SubmitButton variant={variant} pendingLabel={pendingLabel} className="min-h-8 px-3 py-1 text-xs">
        {label}
      </SubmitButton>
      {state.message ? (
        <span
          role={state.ok ? "status" : "alert"}
          aria-label={state.ok ? "ok" : "error"}
          className={`text-xs ${state.ok ? "text-emerald-700" : "text-red-700"}`}
        >
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
