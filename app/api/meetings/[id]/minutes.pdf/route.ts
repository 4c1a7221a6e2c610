import { downloadHeaders, routeHandler } from "@/lib/http";
import { fileStem, meetingForExport } from "@/lib/meetings/export-access";
import { renderMinutesPdf } from "@/lib/meetings/minutes-pdf";
import { getRegion } from "@/lib/settings/queries";

export const GET = routeHandler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const meeting = await meetingForExport(params);
  const pdf = await renderMinutesPdf(meeting, await getRegion());
  return new Response(new Uint8Array(pdf), { headers: downloadHeaders("application/pdf", `notulen-${fileStem(meeting)}.pdf`) });
});
