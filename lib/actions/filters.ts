import { actionStatuses, type ActionStatus } from "@/db/schema/enums";
import type { ActionFilters } from "./queries";

type Search = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const isoDate = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined);
const id = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : undefined);

/** The action list's filters from the URL; anything malformed is ignored rather than an error. */
export function parseActionFilters(search: Search): ActionFilters {
  const status = first(search.status);
  return {
    agencyId: id(first(search.agency)),
    status: actionStatuses.includes(status as ActionStatus) ? (status as ActionStatus) : undefined,
    sectorId: id(first(search.sector)),
    meetingId: id(first(search.meeting)),
    dueFrom: isoDate(first(search.dueFrom)),
    dueTo: isoDate(first(search.dueTo)),
    overdue: first(search.overdue) === "1" ? true : undefined,
  };
}

export function actionFilterParams(f: ActionFilters): Record<string, string | undefined> {
  return {
    agency: f.agencyId?.toString(), status: f.status, sector: f.sectorId?.toString(), meeting: f.meetingId?.toString(),
    dueFrom: f.dueFrom, dueTo: f.dueTo, overdue: f.overdue ? "1" : undefined,
  };
}
