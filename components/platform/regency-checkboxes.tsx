"use client";

import { CheckboxField } from "@/components/ui/field";

/** The regencies an overseer reads, as checkboxes named `regencyIds`. */
export function RegencyCheckboxes({
  legend,
  regencies,
  checked,
  error,
}: {
  legend: string;
  regencies: Array<{ id: number; name: string }>;
  checked: readonly number[];
  error?: string;
}) {
  return (
    <fieldset className="space-y-2" aria-describedby={error ? "regencyIds-error" : undefined}>
      <legend className="text-sm font-medium text-ink">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {regencies.map((r) => (
          <CheckboxField key={r.id} name="regencyIds" value={String(r.id)} label={r.name} defaultChecked={checked.includes(r.id)} />
        ))}
      </div>
      {error ? (
        <p id="regencyIds-error" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
