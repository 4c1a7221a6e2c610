import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ActionStatus, AttendanceStatus, MeetingStatus } from "@/lib/domain/enums";

const meetingTones: Record<MeetingStatus, BadgeTone> = { draft: "neutral", held: "info", minutes_final: "success" };
const attendanceTones: Record<AttendanceStatus, BadgeTone> = { invited: "neutral", present: "success", absent: "danger", represented: "warning" };
const actionTones: Record<ActionStatus, BadgeTone> = { open: "neutral", in_progress: "info", blocked: "danger", done: "brand", verified: "success" };

export async function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = await getTranslations("enums.meetingStatus");
  return <Badge tone={meetingTones[status]}>{t(status)}</Badge>;
}

export async function AttendanceBadge({ status }: { status: AttendanceStatus }) {
  const t = await getTranslations("enums.attendance");
  return <Badge tone={attendanceTones[status]}>{t(status)}</Badge>;
}

export async function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const t = await getTranslations("enums.actionStatus");
  return <Badge tone={actionTones[status]}>{t(status)}</Badge>;
}
