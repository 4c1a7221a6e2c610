"use client";

import { useTranslations } from "next-intl";
import { Notice } from "./card";
import type { FormState } from "@/lib/form-state";

/** The form-level message of a server action's answer (field messages sit by their fields). */
export function FormStatus({ state }: { state: FormState }) {
  const t = useTranslations("common");
  if (!state.message) return null;
  return <Notice tone={state.ok ? "success" : "error"} label={state.ok ? t("saved") : t("formError")}>{state.message}</Notice>;
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
    <span role={state.ok ? "status" : "alert"} aria-label={state.ok ? saved : notSaved} className={`${size === "sm" ? "text-sm" : "text-xs"} ${state.ok ? "text-emerald-700" : "text-red-700"}`}>
      {state.message}
    </span>
  );
}
