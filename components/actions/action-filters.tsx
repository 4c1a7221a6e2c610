import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { actionStatuses } from "@/db/schema/enums";
import type { ActionFilters } from "@/lib/actions/queries";

/** A GET form: filters live in the URL so a filtered view can be shared; the view (table/board) is kept. */
export async function ActionFiltersForm({ filters, view, agencies, sectors, showAgency }: {
  filters: ActionFilters; view: "table" | "board"; showAgency: boolean;
  agencies: Array<{ id: number; shortName: string }>; sectors: Array<{ id: number; nameId: string; nameEn: string }>;
}) {
  const t = await getTranslations("actions.filters");
  const statuses = await getTranslations("enums.actionStatus");
  const locale = await getLocale();
  const control = "block w-full rounded-md border border-line bg-white px-3 py-2 text-sm";
  return (
    <form role="search" aria-label={t("label")} action="/actions" className="mb-4 grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-3 lg:grid-cols-6">
      <input type="hidden" name="view" value={view} />
      {showAgency ? (
        <div>
          <label htmlFor="f-agency" className="block text-xs font-medium text-muted">{t("agency")}</label>
          <select id="f-agency" name="agency" defaultValue={filters.agencyId?.toString() ?? ""} className={control}>
            <option value="">{t("all")}</option>
            {agencies.map((a) => <option key={a.id} value={a.id}>{a.shortName}</option>)}
          </select>
        </div>
      ) : null}
      <div>
        <label htmlFor="f-status" className="block text-xs font-medium text-muted">{t("status")}</label>
        <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={control}>
          <option value="">{t("all")}</option>
          {actionStatuses.map((s) => <option key={s} value={s}>{statuses(s)}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="f-sector" className="block text-xs font-medium text-muted">{t("sector")}</label>
        <select id="f-sector" name="sector" defaultValue={filters.sectorId?.toString() ?? ""} className={control}>
          <option value="">{t("all")}</option>
          {sectors.map((s) => <option key={s.id} value={s.id}>{locale === "en" ? s.nameEn : s.nameId}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="f-dueFrom" className="block text-xs font-medium text-muted">{t("dueFrom")}</label>
        <input id="f-dueFrom" name="dueFrom" type="date" defaultValue={filters.dueFrom} className={control} />
      </div>
      <div>
        <label htmlFor="f-dueTo" className="block text-xs font-medium text-muted">{t("dueTo")}</label>
        <input id="f-dueTo" name="dueTo" type="date" defaultValue={filters.dueTo} className={control} />
      </div>
      <label className="flex items-end gap-2 pb-2 text-sm"><input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="size-4" />{t("overdue")}</label>
      {filters.meetingId ? <input type="hidden" name="meeting" value={filters.meetingId} /> : null}
      <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-6">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">{t("apply")}</button>
        <Link href={`/actions?view=${view}`} className="px-2 py-2 text-sm text-muted underline">{t("reset")}</Link>
      </div>
    </form>
  );
}
