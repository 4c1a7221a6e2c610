import { downloadHeaders, notFound, routeHandler, routeUser } from "@/lib/http";
import { parseId } from "@/lib/ids";
import { loadDashboard } from "@/lib/targets/dashboard";
import { dashboardWorkbook } from "@/lib/targets/dashboard-xlsx";

export const GET = routeHandler(async (request: Request) => {
  const user = await routeUser("dashboard.read");
  const requested = parseId(new URL(request.url).searchParams.get("period") ?? "") ?? undefined;
  const dashboard = (await loadDashboard(user, requested)) ?? notFound();
  const xlsx = await dashboardWorkbook(dashboard.period.year, dashboard.data, dashboard.summary);
  return new Response(new Uint8Array(xlsx), {
    headers: downloadHeaders("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `dasbor-cakupan-${dashboard.period.year}.xlsx`),
  });
});
