import { actionStatuses, type ActionStatus } from "@/db/schema/enums";
import { dateParam, firstParam, idParam } from "@/lib/search-params";
import type { ActionFilters } from "./queries";

type Search = Record<string, string | string[] | undefined>;

/** The action list's filters from the URL; anything malformed is ignored rather than an error. */
export function parseActionFilters(search: Search): ActionFilters {
  const status = firstParam(search.status);
  return {
    agencyId: idParam(firstParam(search.agency)),
    status: actionStatuses.includes(status as ActionStatus) ? (status as ActionStatus) : undefined,
    sectorId: idParam(firstParam(search.sector)),
    meetingId: idParam(firstParam(search.meeting)),
    dueFrom: dateParam(firstParam(search.dueFrom)),
    dueTo: dateParam(firstParam(search.dueTo)),
    overdue: firstParam(search.overdue) === "1" ? true : undefined,
  };
}

export function actionFilterParams(f: ActionFilters): Record<string, string | undefined> {
  return {
    agency: f.agencyId?.toString(),
    status: f.status,
    sector: f.sectorId?.toString(),
    meeting: f.meetingId?.toString(),
    dueFrom: f.dueFrom,
    dueTo: f.dueTo,
    overdue: f.overdue ? "1" : undefined,
  };
}
