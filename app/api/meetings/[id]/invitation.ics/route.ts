import { getTranslations } from "next-intl/server";
import { meetingInvitation } from "@/lib/meetings/calendar";
import { meetingInvitees } from "@/lib/meetings/queries";
import { downloadHeaders } from "@/lib/http";
import { fileStem, meetingForExport } from "@/lib/meetings/export-access";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const meeting = await meetingForExport(params);
  if (meeting instanceof Response) return meeting;
  const [invitees, t] = await Promise.all([meetingInvitees(meeting), getTranslations("meetings")]);
  const body = meetingInvitation(meeting, new URL(request.url).origin, { invitees, chairLabel: t("chair") });
  return new Response(body, { headers: downloadHeaders("text/calendar; charset=utf-8", `${fileStem(meeting)}.ics`) });
}
