import "server-only";
import { notFound } from "next/navigation";
import { requireAllowed } from "@/lib/auth/session";
import type { Operation } from "@/lib/authz";
import { parseId } from "@/lib/ids";
import { getMeetingDetail } from "./queries";

/** For meeting pages: the user may do `operation` and may see this meeting, else a 404. */
export async function loadMeetingFor(operation: Operation, params: Promise<{ id: string }>) {
  const user = await requireAllowed(operation);
  const id = parseId((await params).id);
  const meeting = id === null ? null : await getMeetingDetail({ actor: user, id });
  if (!meeting) notFound();
  return { user, meeting };
}
