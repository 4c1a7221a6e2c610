import { meetingTypes, type MeetingType } from "@/db/schema/enums";
import type { MeetingFilters } from "./queries";

type Search = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const isoDate = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined);
const id = (v: string | undefined) => (v && /^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : undefined);

/** The meeting list's filters from the URL; anything malformed is ignored rather than an error. */
export function parseMeetingFilters(search: Search): MeetingFilters {
  const type = first(search.type);
  return {
    q: first(search.q)?.slice(0, 200),
    from: isoDate(first(search.from)),
    to: isoDate(first(search.to)),
    type: meetingTypes.includes(type as MeetingType) ? (type as MeetingType) : undefined,
    seriesId: id(first(search.series)),
    agencyId: id(first(search.agency)),
  };
}

/** The filters back as URL parameters, for pagination links. */
export function filterParams(f: MeetingFilters): Record<string, string | undefined> {
  return { q: f.q, from: f.from, to: f.to, type: f.type, series: f.seriesId?.toString(), agency: f.agencyId?.toString() };
}
