"use client";

import { useTranslations } from "@/lib/i18n/client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type Dispatch, type SetStateAction } from "react";
import { Notice } from "./card";
import { STALE_REASONS, type FormState } from "@/lib/form-state";

/**
 * The form-level answer of a server action: what was saved, or why nothing was (field messages
 * also sit by their fields). After a stale save it offers to load the version someone else
 * saved; the page re-renders around the form, so what the user typed stays in its fields.
 */
export function FormStatus({ state }: { state: FormState }) {
  const t = useTranslations("common");
  const router = useRouter();
  const [loading, startLoading] = useTransition();
  const [reloadedAt, setReloadedAt] = useState<number | undefined>();
  if (!state.message) return null;
  if (state.ok)
    return (
      <Notice tone="success" label={t("saved")}>
        {state.message}
      </Notice>
    );
  const stale = state.reason !== undefined && STALE_REASONS.includes(state.reason);
  if (stale && reloadedAt === state.at)
    return (
      <Notice tone="info" label={t("reloadedLabel")}>
        {t("reloaded")}
      </Notice>
    );
  return (
    <Notice tone="error" label={t("formError")}>
      <p>{state.message}</p>
      {stale ? (
        <button
          type="button"
          disabled={loading}
          className="mt-2 rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-900 hover:bg-red-100"
          onClick={() =>
            startLoading(() => {
              router.refresh();
              setReloadedAt(state.at);
            })
          }
        >
          {loading ? t("loading") : t("reloadLatest")}
        </button>
      ) : null}
    </Notice>
  );
}

/**
 * State for a controlled field of a record (a select that shows or hides other fields): it starts
 * at `initial` and goes back to it whenever the record changes under it (`record`: its stored
 * value or version), so that a form never keeps proposing a value from before the change.
 */
export function useRecordState<T>(initial: T, record: unknown): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState(initial);
  const [seen, setSeen] = useState(record);
  if (seen !== record) {
    setSeen(record);
    setValue(initial);
  }
  return [value, setValue];
}

/** What to show in a field: what the user typed last time, else the stored value. */
export function typed(state: FormState, name: string, stored: string | null | undefined): string {
  return (!state.ok ? state.values?.[name]?.split("\u0000")[0] : undefined) ?? stored ?? "";
}

/** All values typed into a repeated field (rows of steps, say), or null when the form was not sent back. */
export function typedList(state: FormState, name: string): string[] | null {
  if (state.ok || !state.values) return null;
  const raw = state.values[name];
  return raw === undefined ? [] : raw.split("\u0000");
}

export function fieldError(state: FormState, name: string): string | undefined {
  return !state.ok ? state.fieldErrors?.[name] : undefined;
}

/** A key for a form element: it changes with every answer, so its fields re-mount with what was typed. */
export function formKey(state: FormState): string {
  return String(state.at ?? 0);
}

/** A short saved / not-saved line beside a small form's button. */
export function SaveStatus({ state, saved, notSaved, size = "xs" }: { state: FormState; saved: string; notSaved: string; size?: "xs" | "sm" }) {
  if (!state.message) return null;
  return (
    <span
      role={state.ok ? "status" : "alert"}
      aria-label={state.ok ? saved : notSaved}
      className={`${size === "sm" ? "text-sm" : "text-xs"} ${state.ok ? "text-emerald-700" : "text-red-700"}`}
    >
      {state.message}
    </span>
  );
}
