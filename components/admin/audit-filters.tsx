import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { FilterDisclosure } from "@/components/ui/filter-disclosure";
import { FilterInput, FilterSelect } from "@/components/ui/filter-field";
import { auditFilterParams, type AuditFilters } from "@/lib/audit/filters";
import { auditEventKinds } from "@/lib/audit/kinds";

/** A plain GET form: the filters live in the URL, so a filtered log can be bookmarked and shared. */
export async function AuditFiltersForm({ filters }: { filters: AuditFilters }) {
  const t = await getTranslations("audit");
  return (
    <FilterDisclosure activeCount={Object.values(auditFilterParams(filters)).filter(Boolean).length}>
      <form
        role="search"
        aria-label={t("filters")}
        action="/admin/audit"
        className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-4"
      >
        <FilterSelect
          id="kind"
          name="kind"
          label={t("kind")}
          allLabel={t("allKinds")}
          value={filters.kind}
          options={auditEventKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <FilterInput
          id="email"
          name="email"
          type="search"
          label={t("email")}
          placeholder={t("emailPlaceholder")}
          defaultValue={filters.email}
          maxLength={254}
        />
        <FilterInput id="from" name="from" type="date" label={t("from")} defaultValue={filters.from} />
        <FilterInput id="to" name="to" type="date" label={t("to")} defaultValue={filters.to} />
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            {t("apply")}
          </button>
          <Link href="/admin/audit" className="px-2 py-2 text-sm text-muted underline">
            {t("reset")}
          </Link>
        </div>
      </form>
    </FilterDisclosure>
  );
}
