/** A positive integer id from a route parameter, or null for anything else. */
export function parseId(value: string): number | null {
  if (!/^\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n > 0 ? n : null;
}
