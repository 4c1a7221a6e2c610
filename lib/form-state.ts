/** What every form's server action returns to `useActionState` (shared by client and server). */
export type FormState =
  | { ok: true; message?: string; data?: unknown; at?: number }
  | {
      ok: false;
      message?: string;
      /** The error key of a refusal the domain decided (staleAction, notFound…): lets the form offer a way out. */
      reason?: string;
      fieldErrors?: Record<string, string>;
      values?: Record<string, string>;
      at?: number;
    };

/** Refusals because someone else saved first: the form offers to load their version and keeps what was typed. */
export const STALE_REASONS: readonly string[] = ["staleAction", "staleMeeting", "staleTarget", "staleAttendance"];

export const initialFormState: FormState = { ok: true };
