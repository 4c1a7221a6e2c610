import type { ComponentProps } from "react";

const control = "block w-full rounded-md border border-line bg-white px-3 py-2 text-sm";

/** A select of a GET filter form; the empty choice means "all". */
export function FilterSelect({
  id,
  name,
  label,
  value,
  allLabel,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  allLabel: string;
  options: Array<{ value: string | number; label: string }>;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-muted">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FilterInput({ id, label, ...props }: { id: string; label: string } & Omit<ComponentProps<"input">, "id" | "className">) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-muted">
        {label}
      </label>
      <input id={id} className={control} {...props} />
    </div>
  );
}
