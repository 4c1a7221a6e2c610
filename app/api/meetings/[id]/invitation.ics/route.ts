import { getTranslations } from "next-intl/server";
import { meetingInvitation } from "@/lib/meetings/calendar";
import { meetingInvitees } from "@/lib/meetings/queries";
import { downloadHeaders, routeHandler } from "@/lib/http";
import { fileStem, meetingForExport } from "@/lib/meetings/export-access";

export const GET = routeHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const meeting = await meetingForExport(params);
  const [invitees, t] = await Promise.all([meetingInvitees(meeting), getTranslations("meetings")]);
  const body = meetingInvitation(meeting, new URL(request.url).origin, { invitees, chairLabel: t("chair") });
  return new Response(body, { headers: downloadHeaders("text/calendar; charset=utf-8", `${fileStem(meeting)}.ics`) });
});
