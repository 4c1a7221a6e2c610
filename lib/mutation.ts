import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { authorize, ForbiddenError, type Operation } from "@/lib/authz";
import { requireUser } from "@/lib/auth/session";
import { FieldError, type ErrorKey } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import type { SessionUser } from "@/lib/users/queries";

function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !/password/i.test(key)) values[key] = key in values ? `${values[key]}\u0000${value}` : value;
  }
  return values;
}

/** Control characters other than tab and line breaks: never typed by a person, and a NUL byte fails in PostgreSQL. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function fieldsWithControlCharacters(formData: FormData): string[] {
  const fields = new Set<string>();
  for (const [key, value] of formData.entries()) if (typeof value === "string" && CONTROL_CHARACTERS.test(value)) fields.add(key);
  return [...fields];
}

function formObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$")) continue;
    const all = formData.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/** Fields that are often hidden (record ids, versions): their errors are also said at the top of the form. */
const HIDDEN_FIELDS = new Set(["form", "id", "version", "actionId", "meetingId", "stepId", "attendeeId", "commitmentId", "agendaItemId"]);

/**
 * Wraps a server action: signs the user in, checks the operation in the authz table, parses
 * the form with zod and turns every failure into a FormState with messages in the user's
 * language. `run` does the resource checks and the transaction. An account that must enrol a
 * second factor first is refused with that reason, except by the enrolment's own actions
 * (`{ enrolling: true }`).
 */
export function mutation<S extends z.ZodType>(
  operation: Operation,
  schema: S,
  run: (input: z.output<S>, user: SessionUser, formData: FormData) => Promise<FormState>,
  { enrolling = false }: { enrolling?: boolean } = {},
) {
  return async (previous: FormState, formData: FormData): Promise<FormState> => {
    // Every answer is stamped, so that a form re-mounts its fields (with what was typed) after each one.
    return { ...(await answer(previous, formData)), at: Date.now() };
  };

  async function answer(_previous: FormState, formData: FormData): Promise<FormState> {
    const user = await requireUser({ enrolling: true });
    const t = await getTranslations("errors");
    // A body the React client would never send (JSON null, an array): refused, not a crash.
    if (!(formData instanceof FormData)) return { ok: false, message: t("invalid") };
    if (user.mustEnrolTwoFactor && !enrolling) return { ok: false, message: t("twoFactorEnrolFirst"), reason: "twoFactorEnrolFirst" };
    const values = typedValues(formData);
    const unreadable = fieldsWithControlCharacters(formData);
    if (unreadable.length > 0) {
      return { ok: false, fieldErrors: Object.fromEntries(unreadable.map((f) => [f, t("controlCharacters")])), values, message: t("controlCharacters") };
    }
    try {
      authorize(user, operation);
      const parsed = schema.safeParse(formObject(formData));
      if (!parsed.success) {
        const fieldErrors: Record<string, string> = {};
        let formMessage: string | undefined;
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? "form");
          const key = issue.message as ErrorKey;
          const message = t.has(key) ? t(key) : t("invalid");
          // Some of these names are visible selects in other forms (meetingId, attendeeId): marked too.
          if (HIDDEN_FIELDS.has(field)) formMessage ??= message;
          if (field !== "form") fieldErrors[field] ??= message;
          // A row of a repeated field (agendaNotes.2, see rows() in lib/form-fields) also gets its own message.
          if (typeof issue.path[1] === "number") fieldErrors[`${field}.${issue.path[1]}`] ??= message;
        }
        return { ok: false, fieldErrors, values, message: formMessage ?? t("checkFields") };
      }
      const result = await run(parsed.data, user, formData);
      // A refusal decided by the domain keeps what was typed, like a refusal of the schema.
      return result.ok || result.values ? result : { ...result, values };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof ForbiddenError) return { ok: false, message: t("forbidden"), reason: "forbidden", values };
      if (error instanceof FieldError) {
        const message = t(error.key, error.values);
        // A refusal of the whole form (stale, not found, already verified) is its message; a
        // field's refusal is also said at the top, so it reaches the user even where the
        // field it names is not on screen.
        if (error.field === "form") return { ok: false, message, reason: error.key, values };
        return { ok: false, fieldErrors: { [error.field]: message }, values, message, reason: error.key };
      }
      console.error(error);
      return { ok: false, message: t("unexpected"), values };
    }
  }
}
