/** What every form's server action returns to `useActionState` (shared by client and server). */
export type FormState =
  | { ok: true; message?: string; data?: unknown; at?: number }
  | { ok: false; message?: string; fieldErrors?: Record<string, string>; values?: Record<string, string>; at?: number };

export const initialFormState: FormState = { ok: true };
