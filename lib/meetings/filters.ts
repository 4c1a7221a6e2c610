import { meetingTypes, type MeetingType } from "@/db/schema/enums";
import { dateParam, firstParam, idParam } from "@/lib/search-params";
import type { MeetingFilters } from "./queries";

type Search = Record<string, string | string[] | undefined>;

/** The meeting list's filters from the URL; anything malformed is ignored rather than an error. */
export function parseMeetingFilters(search: Search): MeetingFilters {
  const type = firstParam(search.type);
  return {
    q: firstParam(search.q)?.slice(0, 200),
    from: dateParam(firstParam(search.from)),
    to: dateParam(firstParam(search.to)),
    type: meetingTypes.includes(type as MeetingType) ? (type as MeetingType) : undefined,
    seriesId: idParam(firstParam(search.series)),
    agencyId: idParam(firstParam(search.agency)),
  };
}

/** The filters back as URL parameters, for pagination links. */
export function filterParams(f: MeetingFilters): Record<string, string | undefined> {
  return { q: f.q, from: f.from, to: f.to, type: f.type, series: f.seriesId?.toString(), agency: f.agencyId?.toString() };
}
