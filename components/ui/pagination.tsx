import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { pageCount } from "@/lib/pagination";

/**
 * Previous/next links that keep the page's other search parameters. A list with keyset
 * pagination (lib/pagination.ts) passes the keys of its first and last rows: the links then carry
 * `before=`/`after=` beside the page number, so the next page starts at an index lookup.
 */
export async function Pagination({
  page,
  pageSize,
  total,
  basePath,
  params = {},
  previousKey,
  nextKey,
}: {
  page: number;
  pageSize: number;
  total: number;
  basePath: string;
  params?: Record<string, string | undefined>;
  previousKey?: string;
  nextKey?: string;
}) {
  const t = await getTranslations("common");
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  const href = (p: number) => {
    const cursor = p < page ? { before: previousKey } : { after: nextKey };
    const search = new URLSearchParams(Object.entries({ ...params, page: String(p), ...cursor }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${basePath}?${search.toString()}`;
  };
  const link = "rounded-md border border-line bg-white px-3 py-1.5 text-sm hover:bg-slate-50";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link className={link} href={href(page - 1)} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link className={link} href={href(page + 1)} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
