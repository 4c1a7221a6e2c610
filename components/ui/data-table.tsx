import type { ReactNode } from "react";
import { ScrollRegion } from "./scroll-region";

/** One column: its header, what each row shows in it, and how it sits. */
export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Figures line up on the right. */
  align?: "left" | "right";
  /** Dates and figures that must not break across lines. */
  nowrap?: boolean;
  /** The cell names its row for screen readers (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Narrower side padding, for many small columns of counts. */
  tight?: boolean;
  /** Extra classes for this column's cells (a smaller font). */
  className?: string;
  /** Extra classes for one row's cell in this column (a negative figure in red). */
  cellClassName?: (row: Row) => string;
}

/**
 * How the table sits: `framed` stands on the page in a white box with a grey header (the long
 * lists), `card` fills a card edge to edge, `compact` is a card's small figure table, `sheet` a
 * dense preview of a spreadsheet (give it a height and a sticky header), `hidden`
 * gives a chart's figures to screen readers only.
 */
export type TableLook = "framed" | "card" | "compact" | "sheet" | "hidden";

/** Header classes, the cells' horizontal padding (normal and tight), the header's and the rows' vertical padding. */
interface LookStyle {
  head: string;
  x: string;
  tightX: string;
  thY: string;
  tdY: string;
}

const looks: Record<TableLook, LookStyle> = {
  framed: { head: "bg-slate-50 text-xs uppercase tracking-wide text-muted", x: "px-4", tightX: "px-2", thY: "py-2", tdY: "py-2" },
  card: { head: "text-xs uppercase tracking-wide text-muted", x: "px-4", tightX: "px-2", thY: "py-2", tdY: "py-2" },
  compact: { head: "text-xs text-muted", x: "px-2 first:pl-4 last:pr-4", tightX: "px-1 first:pl-4 last:pr-4", thY: "py-1", tdY: "py-1.5" },
  sheet: { head: "bg-slate-50 text-xs text-muted", x: "px-3", tightX: "px-1", thY: "py-1", tdY: "py-1" },
  hidden: { head: "", x: "", tightX: "", thY: "", tdY: "" },
};

const cardLooks = {
  stacked: { list: "space-y-2", item: "rounded-lg border border-line bg-white p-3 text-sm" },
  divided: { list: "divide-y divide-line overflow-hidden rounded-lg border border-line bg-white", item: undefined },
  lines: { list: "divide-y divide-line text-sm", item: "py-2" },
} as const;

/**
 * The one list component (issue 11): a header, one row per record, the empty state when there is
 * none, the pagination below, and on phones either cards (`card`) or the table in a box that
 * scrolls sideways with a hint (ScrollRegion). A list with only `card` shows cards at every width.
 * Pages and feature components never write `<table>` themselves (ESLint keeps it so).
 */
export function DataTable<Row>({
  label,
  rows,
  rowKey,
  columns = [],
  look = "framed",
  minWidth,
  caption = false,
  empty,
  pagination,
  card,
  cards = "stacked",
  rowClassName,
  scrollClassName,
  stickyHeader = false,
}: {
  /** The accessible name of the table's region and of the phone list. */
  label: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  columns?: ReadonlyArray<Column<Row>>;
  look?: TableLook;
  /** The width below which the table scrolls sideways instead of squeezing (a Tailwind class, e.g. "min-w-[36rem]"). */
  minWidth?: string;
  /** Repeat the label as the table's caption for screen readers. */
  caption?: boolean;
  /** Shown instead of the table when there are no rows (ListEmpty or EmptyState). */
  empty?: ReactNode;
  /** Shown below the rows or the empty state (Pagination). */
  pagination?: ReactNode;
  /** A phone's card for one row; without columns, the list is cards at every width. */
  card?: (row: Row) => ReactNode;
  /** `stacked`: separate cards; `divided`: one box with a line between rows; `lines`: lines only, inside a card. */
  cards?: "stacked" | "divided" | "lines";
  rowClassName?: (row: Row) => string;
  /** Classes for the scroll box itself (a maximum height with its own border). */
  scrollClassName?: { outer?: string; box?: string };
  stickyHeader?: boolean;
}) {
  if (rows.length === 0)
    return (
      <>
        {empty}
        {pagination}
      </>
    );
  const style = looks[look];
  const table =
    columns.length === 0 ? null : (
      <table className={look === "hidden" ? "sr-only" : `w-full ${minWidth ?? ""} text-left text-sm`}>
        {caption || look === "hidden" ? <caption className="sr-only">{label}</caption> : null}
        <thead className={`${style.head} ${stickyHeader ? "sticky top-0 bg-slate-50" : ""}`.trim() || undefined}>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={cellClasses(style, style.thY, c, false) || undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={look === "hidden" ? undefined : "divide-y divide-line"}>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((c) => {
                const className = `${cellClasses(style, style.tdY, c, true)} ${c.cellClassName?.(row) ?? ""}`.trim() || undefined;
                return c.rowHeader ? (
                  <th key={c.key} scope="row" className={className}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={className}>
                    {c.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    );
  const list = card ? (
    <ul aria-label={label} className={`${table ? "sm:hidden" : ""} ${cardLooks[cards].list}`.trim()}>
      {rows.map((row) => (
        <li key={rowKey(row)} className={cardLooks[cards].item}>
          {card(row)}
        </li>
      ))}
    </ul>
  ) : null;
  return (
    <>
      {list}
      {table && look === "hidden" ? table : null}
      {table && look !== "hidden" ? (
        <ScrollRegion
          label={label}
          framed={look === "framed"}
          bleed={look === "card" || look === "compact"}
          className={`${card ? "hidden sm:block" : ""} ${scrollClassName?.outer ?? ""}`}
          boxClassName={scrollClassName?.box}
        >
          {table}
        </ScrollRegion>
      ) : null}
      {pagination}
    </>
  );
}

function cellClasses(style: LookStyle, y: string, column: Column<never>, body: boolean): string {
  return [
    column.tight ? style.tightX : style.x,
    y,
    column.align === "right" ? "text-right tabular-nums" : "",
    column.nowrap ? "whitespace-nowrap" : "",
    body ? (column.className ?? "") : "",
  ]
    .filter(Boolean)
    .join(" ");
}
