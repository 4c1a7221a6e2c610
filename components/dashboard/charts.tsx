"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Area, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate } from "@/lib/i18n/dates";
import type { TrendPoint } from "@/lib/targets/summary";

const brand = "#0b7a5a";

/**
 * Monthly coverage, the target line and the projection at the current pace to the deadline. The
 * labels come formatted from the server, the same strings the cards print, so the line's end
 * reads exactly what the "projected at the deadline" figure says.
 */
export function TrendChart({ points, targetPct, labels }: { points: TrendPoint[]; targetPct: number; labels: { target: string; projectedEnd: string | null } }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const label = (month: string) => formatDate(format, month, "monthShort");
  const pct = (v: number) => `${format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
  const values = points.flatMap((p) => [p.coverage, p.projected]).filter((v): v is number => v !== null);
  const low = Math.floor(Math.min(targetPct, ...values) - 1);
  const high = Math.ceil(Math.max(targetPct, ...values) + 1);
  const last = points.length - 1;
  const endLabel = ({ x, y, index }: { x?: number | string; y?: number | string; index?: number }) =>
    index === last && labels.projectedEnd !== null && points[last]?.projected !== null ? (
      <text x={Number(x) - 6} y={Number(y) - 10} textAnchor="end" fontSize={12} fontWeight={600} fill={brand} data-testid="projection-end">{labels.projectedEnd}</text>
    ) : <g />;
  return (
    <div className="h-72 w-full" role="img" aria-label={t("trendLabel")}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 10, right: 12, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" tickFormatter={label} fontSize={11} minTickGap={16} />
          <YAxis domain={[low, high]} tickFormatter={(v: number) => `${format.number(v)} %`} fontSize={11} width={48} />
          <Tooltip labelFormatter={(m) => label(String(m))} formatter={(v) => (typeof v === "number" ? pct(v) : String(v))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <ReferenceLine y={targetPct} stroke="#dc2626" strokeDasharray="6 4" label={{ value: t("targetLine", { pct: labels.target }), fontSize: 11, fill: "#dc2626", position: "insideTopLeft" }} />
          <Area type="monotone" dataKey="coverage" name={t("realised")} stroke={brand} fill="#d5f5e8" strokeWidth={2} isAnimationActive={false} connectNulls={false} />
          <Line type="monotone" dataKey="projected" name={t("projectedLine")} stroke={brand} strokeDasharray="5 5" dot={false} strokeWidth={2} isAnimationActive={false} connectNulls label={endLabel} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

export function PrintButton() {
  const t = useTranslations("dashboard");
  return <button type="button" onClick={() => window.print()} className="rounded-md border border-line bg-white px-3 py-1.5 text-sm hover:bg-slate-50">{t("print")}</button>;
}
