/** What every form's server action returns to `useActionState` (shared by client and server). */
export type FormState =
  | { ok: true; message?: string; data?: unknown }
  | { ok: false; message?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

export const initialFormState: FormState = { ok: true };
