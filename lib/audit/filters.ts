import { dateParam, firstParam } from "@/lib/search-params";
import { auditEventKinds, type AuditEventKind } from "./kinds";

type Search = Record<string, string | string[] | undefined>;

export interface AuditFilters {
  kind?: AuditEventKind;
  /** The start of an e-mail address, matched without regard to case. */
  email?: string;
  /** WITA calendar days, both included. */
  from?: string;
  to?: string;
}

/** The audit log's filters from the URL; anything malformed is ignored rather than an error. */
export function parseAuditFilters(search: Search): AuditFilters {
  const kind = firstParam(search.kind);
  return {
    kind: auditEventKinds.includes(kind as AuditEventKind) ? (kind as AuditEventKind) : undefined,
    email: firstParam(search.email)?.toLowerCase().slice(0, 254),
    from: dateParam(firstParam(search.from)),
    to: dateParam(firstParam(search.to)),
  };
}

/** The filters back as URL parameters, for pagination links. */
export function auditFilterParams(f: AuditFilters): Record<string, string | undefined> {
  return { kind: f.kind, email: f.email, from: f.from, to: f.to };
}
