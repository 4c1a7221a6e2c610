export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Reads a 1-based page number from a search parameter; anything odd becomes page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n >= 1 && n <= 100000 ? n : 1;
}

export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * A position in a list ordered by a key, for keyset pagination: the sort key of the last row of
 * the page before ("after") or of the first row of the page after ("before"). Deep pages then
 * start at an index lookup instead of sorting and skipping every row before them (OFFSET).
 * In the URL as `after=<key>` or `before=<key>`, beside the page number that is shown.
 */
export interface Cursor {
  direction: "after" | "before";
  key: string;
}

/** The cursor in a page's search parameters, if any (its key is checked by the list that reads it). */
export function parseCursor(search: Record<string, string | string[] | undefined>): Cursor | undefined {
  for (const direction of ["after", "before"] as const) {
    const value = search[direction];
    const key = Array.isArray(value) ? value[0] : value;
    if (key && key.length <= 100) return { direction, key };
  }
  return undefined;
}
