"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Area, CartesianGrid, ComposedChart, Legend, Line, PolarAngleAxis, RadialBar, RadialBarChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDate } from "@/lib/i18n/dates";
import type { TrendPoint } from "@/lib/targets/summary";

const brand = "#0b7a5a";

/** Coverage against the target as a half-circle gauge; the number itself is printed beside it. */
export function CoverageGauge({ currentPct, targetPct }: { currentPct: number; targetPct: number }) {
  const t = useTranslations("dashboard");
  const share = targetPct > 0 ? Math.min(100, (currentPct / targetPct) * 100) : 0;
  return (
    <div className="h-32 w-56" role="img" aria-label={t("gaugeLabel", { current: currentPct.toFixed(1), target: targetPct.toFixed(1) })}>
      <ResponsiveContainer width="100%" height="100%">
        <RadialBarChart cx="50%" cy="100%" innerRadius="140%" outerRadius="200%" startAngle={180} endAngle={0} data={[{ value: share }]}>
          <PolarAngleAxis type="number" domain={[0, 100]} tick={false} />
          <RadialBar dataKey="value" background={{ fill: "#e2e8f0" }} fill={share >= 100 ? "#059669" : brand} cornerRadius={6} isAnimationActive={false} />
        </RadialBarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Monthly coverage, the target line and the projection at the current pace to the deadline. */
export function TrendChart({ points, targetPct }: { points: TrendPoint[]; targetPct: number }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const label = (month: string) => formatDate(format, month, "monthShort");
  const pct = (v: number) => `${format.number(v, { maximumFractionDigits: 1 })} %`;
  const values = points.flatMap((p) => [p.coverage, p.projected]).filter((v): v is number => v !== null);
  const low = Math.floor(Math.min(targetPct, ...values) - 1);
  const high = Math.ceil(Math.max(targetPct, ...values) + 1);
  return (
    <div className="h-72 w-full" role="img" aria-label={t("trendLabel")}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 10, right: 12, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" tickFormatter={label} fontSize={11} minTickGap={16} />
          <YAxis domain={[low, high]} tickFormatter={(v: number) => `${v}`} fontSize={11} width={36} unit="%" />
          <Tooltip labelFormatter={(m) => label(String(m))} formatter={(v) => (typeof v === "number" ? pct(v) : String(v))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <ReferenceLine y={targetPct} stroke="#dc2626" strokeDasharray="6 4" label={{ value: t("targetLine", { pct: pct(targetPct) }), fontSize: 11, fill: "#dc2626", position: "insideTopLeft" }} />
          <Area type="monotone" dataKey="coverage" name={t("realised")} stroke={brand} fill="#d5f5e8" strokeWidth={2} isAnimationActive={false} connectNulls={false} />
          <Line type="monotone" dataKey="projected" name={t("projectedLine")} stroke={brand} strokeDasharray="5 5" dot={false} strokeWidth={2} isAnimationActive={false} connectNulls />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

export function PrintButton() {
  const t = useTranslations("dashboard");
  return <button type="button" onClick={() => window.print()} className="rounded-md border border-line bg-white px-3 py-1.5 text-sm hover:bg-slate-50">{t("print")}</button>;
}
