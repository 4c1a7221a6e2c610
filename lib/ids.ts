import { isId } from "./form-fields";

/** A record id from a route parameter or a query string, or null for anything else. */
export function parseId(value: string): number | null {
  return isId(value) ? Number(value) : null;
}
