"use client";

import { useActionState } from "react";
import { SubmitButton, type ButtonVariant } from "@/components/ui/button";
import { FormStatus, formKey } from "@/components/ui/form-status";
import { initialFormState, type FormState } from "@/lib/form-state";

/** A button that ends sessions (the user's own, or an admin's for a user) and says what it did. */
export function EndSessionsButton({
  action,
  userId,
  label,
  pendingLabel,
  variant = "secondary",
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  userId?: number;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
}) {
  const [state, run] = useActionState(action, initialFormState);
  return (
    <form key={formKey(state)} action={run} className="space-y-3">
      <FormStatus state={state} />
      {userId === undefined ? null : <input type="hidden" name="id" value={userId} />}
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}
