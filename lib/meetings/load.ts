import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { requireAllowed } from "@/lib/auth/session";
import type { Operation } from "@/lib/authz";
import { parseId } from "@/lib/ids";
import { agendaTitle } from "./carry-over";
import { getMeetingDetail } from "./queries";

/** For meeting pages: the user may do `operation` and may see this meeting, else a 404. */
export async function loadMeetingFor(operation: Operation, params: Promise<{ id: string }>) {
  return loadMeeting(operation, (await params).id);
}

/** Memoised per request on plain values, so generateMetadata and the page share one load. */
const loadMeeting = cache(async (operation: Operation, rawId: string) => {
  const user = await requireAllowed(operation);
  const id = parseId(rawId);
  const meeting = id === null ? null : await getMeetingDetail({ actor: user, id });
  if (!meeting) notFound();
  const carryOverTitle = (await getTranslations("meetings"))("carryOverTitle");
  return { user, meeting: { ...meeting, agenda: meeting.agenda.map((a) => ({ ...a, title: agendaTitle(a, carryOverTitle) })) } };
});
