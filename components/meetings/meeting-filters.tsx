import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { FilterDisclosure } from "@/components/ui/filter-disclosure";
import { FilterInput, FilterSelect } from "@/components/ui/filter-field";
import { meetingTypes } from "@/lib/domain/enums";
import { filterParams } from "@/lib/meetings/filters";
import type { MeetingFilters } from "@/lib/meetings/queries";

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export async function MeetingFiltersForm({
  filters,
  series,
  agencies,
}: {
  filters: MeetingFilters;
  series: Array<{ id: number; name: string }>;
  agencies: Array<{ id: number; shortName: string }>;
}) {
  const t = await getTranslations("meetings.filters");
  const types = await getTranslations("enums.meetingType");
  return (
    <FilterDisclosure activeCount={Object.values(filterParams(filters)).filter(Boolean).length}>
      <form
        role="search"
        aria-label={t("label")}
        action="/meetings"
        className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
      >
        <div className="sm:col-span-3 lg:col-span-2">
          <label htmlFor="q" className="block text-xs font-medium text-muted">
            {t("search")}
          </label>
          <input
            id="q"
            name="q"
            defaultValue={filters.q}
            placeholder={t("searchPlaceholder")}
            className="block w-full rounded-md border border-line bg-white px-3 py-2 text-sm"
            maxLength={200}
          />
        </div>
        <FilterInput id="from" name="from" type="date" label={t("from")} defaultValue={filters.from} />
        <FilterInput id="to" name="to" type="date" label={t("to")} defaultValue={filters.to} />
        <FilterSelect
          id="type"
          name="type"
          label={t("type")}
          allLabel={t("all")}
          value={filters.type}
          options={meetingTypes.map((x) => ({ value: x, label: types(x) }))}
        />
        <FilterSelect
          id="series"
          name="series"
          label={t("series")}
          allLabel={t("all")}
          value={filters.seriesId?.toString()}
          options={series.map((x) => ({ value: x.id, label: x.name }))}
        />
        <FilterSelect
          id="agency"
          name="agency"
          label={t("agency")}
          allLabel={t("all")}
          value={filters.agencyId?.toString()}
          options={agencies.map((x) => ({ value: x.id, label: x.shortName }))}
        />
        <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-6">
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            {t("apply")}
          </button>
          <Link href="/meetings" className="px-2 py-2 text-sm text-muted underline">
            {t("reset")}
          </Link>
        </div>
      </form>
    </FilterDisclosure>
  );
}
