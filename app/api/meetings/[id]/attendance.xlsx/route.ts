import { attendanceWorkbook } from "@/lib/meetings/attendance-xlsx";
import { downloadHeaders, routeHandler } from "@/lib/http";
import { fileStem, meetingForExport } from "@/lib/meetings/export-access";

export const GET = routeHandler(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const meeting = await meetingForExport(params);
  const xlsx = await attendanceWorkbook(meeting);
  return new Response(new Uint8Array(xlsx), {
    headers: downloadHeaders("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `daftar-hadir-${fileStem(meeting)}.xlsx`),
  });
});
