import { useTranslations } from "@/lib/i18n/client";
import type { ComponentProps, ReactNode } from "react";

const inputClass =
  "block w-full rounded-md border border-line bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-red-500";

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  /** Defaults to `name`; set it when one page holds several forms with the same field. */
  id?: string;
}

function FieldShell({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function controlProps(id: string, name: string, error?: string, hint?: string) {
  return {
    id,
    name,
    "aria-invalid": Boolean(error),
    "aria-describedby": error ? `${id}-error` : hint ? `${id}-hint` : undefined,
    className: inputClass,
  };
}

export function TextField({ name, label, error, hint, id, ...props }: FieldProps & Omit<ComponentProps<"input">, "name" | "id">) {
  const fieldId = id ?? name;
  return (
    <FieldShell id={fieldId} label={label} error={error} hint={hint}>
      <input {...controlProps(fieldId, name, error, hint)} {...props} />
    </FieldShell>
  );
}

export function TextAreaField({ name, label, error, hint, id, ...props }: FieldProps & Omit<ComponentProps<"textarea">, "name" | "id">) {
  const fieldId = id ?? name;
  return (
    <FieldShell id={fieldId} label={label} error={error} hint={hint}>
      <textarea {...controlProps(fieldId, name, error, hint)} rows={4} {...props} />
    </FieldShell>
  );
}

/**
 * A select that opens at the record's value. A value missing from the options would make the
 * browser show (and save) the first option instead, a change nobody chose: it is kept as an
 * option of its own. Loaders should offer the record's own references; this is the safety net.
 */
export function SelectField({
  name,
  label,
  error,
  hint,
  id,
  options,
  ...props
}: FieldProps &
  Omit<ComponentProps<"select">, "name" | "id"> & {
    options: Array<{ value: string; label: string }>;
  }) {
  const t = useTranslations("common");
  const fieldId = id ?? name;
  const current = props.value ?? props.defaultValue;
  const shown =
    typeof current === "string" && current !== "" && !options.some((o) => o.value === current)
      ? [...options, { value: current, label: t("unlistedOption") }]
      : options;
  return (
    <FieldShell id={fieldId} label={label} error={error} hint={hint}>
      <select {...controlProps(fieldId, name, error, hint)} {...props}>
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({ name, label, ...props }: { name: string; label: string } & Omit<ComponentProps<"input">, "name" | "type">) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name={name} className="size-4 rounded border-line text-brand-600" {...props} />
      {label}
    </label>
  );
}
