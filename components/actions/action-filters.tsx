import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterDisclosure } from "@/components/ui/filter-disclosure";
import { FilterInput, FilterSelect } from "@/components/ui/filter-field";
import { actionStatuses } from "@/lib/domain/enums";
import type { ActionFilters } from "@/lib/actions/queries";

/** A GET form: filters live in the URL so a filtered view can be shared; the view (table/board) is kept. */
export async function ActionFiltersForm({
  filters,
  view,
  agencies,
  sectors,
  showAgency,
}: {
  filters: ActionFilters;
  view: "table" | "board";
  showAgency: boolean;
  agencies: Array<{ id: number; shortName: string }>;
  sectors: Array<{ id: number; nameId: string; nameEn: string }>;
}) {
  const t = await getTranslations("actions.filters");
  const statuses = await getTranslations("enums.actionStatus");
  const locale = await getLocale();
  return (
    <FilterDisclosure
      activeCount={[filters.agencyId, filters.status, filters.sectorId, filters.dueFrom, filters.dueTo, filters.overdue || undefined].filter(Boolean).length}
    >
      <form
        role="search"
        aria-label={t("label")}
        action="/actions"
        className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
      >
        <input type="hidden" name="view" value={view} />
        {showAgency ? (
          <FilterSelect
            id="f-agency"
            name="agency"
            label={t("agency")}
            allLabel={t("all")}
            value={filters.agencyId?.toString()}
            options={agencies.map((a) => ({ value: a.id, label: a.shortName }))}
          />
        ) : null}
        <FilterSelect
          id="f-status"
          name="status"
          label={t("status")}
          allLabel={t("all")}
          value={filters.status}
          options={actionStatuses.map((s) => ({ value: s, label: statuses(s) }))}
        />
        <FilterSelect
          id="f-sector"
          name="sector"
          label={t("sector")}
          allLabel={t("all")}
          value={filters.sectorId?.toString()}
          options={sectors.map((s) => ({ value: s.id, label: locale === "en" ? s.nameEn : s.nameId }))}
        />
        <FilterInput id="f-dueFrom" name="dueFrom" type="date" label={t("dueFrom")} defaultValue={filters.dueFrom} />
        <FilterInput id="f-dueTo" name="dueTo" type="date" label={t("dueTo")} defaultValue={filters.dueTo} />
        <label className="flex items-end gap-2 pb-2 text-sm">
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} className="size-4" />
          {t("overdue")}
        </label>
        {filters.meetingId ? <input type="hidden" name="meeting" value={filters.meetingId} /> : null}
        <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-6">
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            {t("apply")}
          </button>
          <Link href={`/actions?view=${view}`} className="px-2 py-2 text-sm text-muted underline">
            {t("reset")}
          </Link>
        </div>
      </form>
    </FilterDisclosure>
  );
}
