import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { meetingTypes } from "@/db/schema/enums";
import type { MeetingFilters } from "@/lib/meetings/queries";

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export async function MeetingFiltersForm({ filters, series, agencies }: {
  filters: MeetingFilters; series: Array<{ id: number; name: string }>; agencies: Array<{ id: number; shortName: string }>;
}) {
  const t = await getTranslations("meetings.filters");
  const types = await getTranslations("enums.meetingType");
  const control = "block w-full rounded-md border border-line bg-white px-3 py-2 text-sm";
  return (
    <form role="search" aria-label={t("label")} action="/meetings" className="mb-4 grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-3 lg:grid-cols-6">
      <div className="sm:col-span-3 lg:col-span-2">
        <label htmlFor="q" className="block text-xs font-medium text-muted">{t("search")}</label>
        <input id="q" name="q" defaultValue={filters.q} placeholder={t("searchPlaceholder")} className={control} maxLength={200} />
      </div>
      <div>
        <label htmlFor="from" className="block text-xs font-medium text-muted">{t("from")}</label>
        <input id="from" name="from" type="date" defaultValue={filters.from} className={control} />
      </div>
      <div>
        <label htmlFor="to" className="block text-xs font-medium text-muted">{t("to")}</label>
        <input id="to" name="to" type="date" defaultValue={filters.to} className={control} />
      </div>
      <div>
        <label htmlFor="type" className="block text-xs font-medium text-muted">{t("type")}</label>
        <select id="type" name="type" defaultValue={filters.type ?? ""} className={control}>
          <option value="">{t("all")}</option>
          {meetingTypes.map((x) => <option key={x} value={x}>{types(x)}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="series" className="block text-xs font-medium text-muted">{t("series")}</label>
        <select id="series" name="series" defaultValue={filters.seriesId?.toString() ?? ""} className={control}>
          <option value="">{t("all")}</option>
          {series.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="agency" className="block text-xs font-medium text-muted">{t("agency")}</label>
        <select id="agency" name="agency" defaultValue={filters.agencyId?.toString() ?? ""} className={control}>
          <option value="">{t("all")}</option>
          {agencies.map((x) => <option key={x.id} value={x.id}>{x.shortName}</option>)}
        </select>
      </div>
      <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-6">
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">{t("apply")}</button>
        <Link href="/meetings" className="px-2 py-2 text-sm text-muted underline">{t("reset")}</Link>
      </div>
    </form>
  );
}
