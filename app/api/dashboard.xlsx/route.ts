import { can } from "@/lib/authz";
import { requireApiUser } from "@/lib/auth/session";
import { downloadHeaders } from "@/lib/http";
import { parseId } from "@/lib/ids";
import { loadDashboard } from "@/lib/targets/dashboard";
import { dashboardWorkbook } from "@/lib/targets/dashboard-xlsx";

export async function GET(request: Request) {
  const user = await requireApiUser();
  if (user instanceof Response) return user;
  if (!can(user, "dashboard.read")) return new Response("Forbidden", { status: 403 });
  const requested = parseId(new URL(request.url).searchParams.get("period") ?? "") ?? undefined;
  const dashboard = await loadDashboard(user, requested);
  if (!dashboard) return new Response("Not found", { status: 404 });
  const xlsx = await dashboardWorkbook(dashboard.period.year, dashboard.data, dashboard.summary);
  return new Response(new Uint8Array(xlsx), {
    headers: downloadHeaders("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `dasbor-cakupan-${dashboard.period.year}.xlsx`),
  });
}
