import { meetingInvitation } from "@/lib/meetings/calendar";
import { downloadHeaders } from "@/lib/http";
import { fileStem, meetingForExport } from "@/lib/meetings/export-access";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const meeting = await meetingForExport(params);
  if (meeting instanceof Response) return meeting;
  const body = meetingInvitation(meeting, new URL(request.url).origin);
  return new Response(body, { headers: downloadHeaders("text/calendar; charset=utf-8", `${fileStem(meeting)}.ics`) });
}
