import type { ComponentProps, ReactNode } from "react";

const inputClass =
  "block w-full rounded-md border border-line bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-red-500";

interface FieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: string;
}

function FieldShell({ name, label, error, hint, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-ink">{label}</label>
      {children}
      {hint && !error ? <p id={`${name}-hint`} className="text-xs text-muted">{hint}</p> : null}
      {error ? <p id={`${name}-error`} className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}

function describedBy(name: string, error?: string, hint?: string): string | undefined {
  return error ? `${name}-error` : hint ? `${name}-hint` : undefined;
}

export function TextField({ name, label, error, hint, ...props }: FieldProps & Omit<ComponentProps<"input">, "name">) {
  return (
    <FieldShell name={name} label={label} error={error} hint={hint}>
      <input id={name} name={name} aria-invalid={Boolean(error)} aria-describedby={describedBy(name, error, hint)} className={inputClass} {...props} />
    </FieldShell>
  );
}

export function TextAreaField({ name, label, error, hint, ...props }: FieldProps & Omit<ComponentProps<"textarea">, "name">) {
  return (
    <FieldShell name={name} label={label} error={error} hint={hint}>
      <textarea id={name} name={name} aria-invalid={Boolean(error)} aria-describedby={describedBy(name, error, hint)} className={inputClass} rows={4} {...props} />
    </FieldShell>
  );
}

export function SelectField({ name, label, error, hint, options, ...props }: FieldProps & Omit<ComponentProps<"select">, "name"> & { options: Array<{ value: string; label: string }> }) {
  return (
    <FieldShell name={name} label={label} error={error} hint={hint}>
      <select id={name} name={name} aria-invalid={Boolean(error)} aria-describedby={describedBy(name, error, hint)} className={inputClass} {...props}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
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
