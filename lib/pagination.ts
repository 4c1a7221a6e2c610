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
