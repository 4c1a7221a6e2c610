import { getTranslations } from "next-intl/server";

/** A GET form to choose the period; works without JavaScript. */
export async function PeriodPicker({ action, periods, current }: { action: string; periods: Array<{ id: number; year: number }>; current: number }) {
  const t = await getTranslations("dashboard");
  return (
    <form action={action} className="no-print flex items-end gap-2">
      <div>
        <label htmlFor="period" className="block text-xs font-medium text-muted">
          {t("period")}
        </label>
        <select id="period" name="period" defaultValue={current} className="rounded-md border border-line bg-white px-3 py-1.5 text-sm">
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.year}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md border border-line bg-white px-3 py-1.5 text-sm hover:bg-slate-50">
        {t("show")}
      </button>
    </form>
  );
}
