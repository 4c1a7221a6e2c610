import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/i18n/dates";
import type { TrendPoint } from "@/lib/targets/summary";

const brand = "#0b7a5a";
const red = "#dc2626";
/** The plot is drawn in a 1000 x 1000 box stretched to the card; strokes keep their width. */
const BOX = 1000;

function yTicks(low: number, high: number): number[] {
  const step = [1, 2, 5, 10, 20, 25, 50].find((s) => (high - low) / s <= 6) ?? 100;
  const ticks: number[] = [];
  for (let v = Math.ceil(low / step) * step; v <= high; v += step) ticks.push(v);
  return ticks;
}

/** Runs of consecutive points with a value: a gap in the data is a gap in the line. */
function runs(xs: number[], values: Array<number | null>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  values.forEach((v, i) => {
    if (v === null) {
      if (current.length) out.push(current);
      current = [];
    } else current.push([xs[i]!, v]);
  });
  if (current.length) out.push(current);
  return out;
}

const line = (pts: Array<[number, number]>) => pts.map(([x, y], i) => `${i ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`).join("");

/**
 * Monthly coverage, the target line and the projection at the current pace to the deadline, drawn
 * on the server as SVG: the dashboard is read, not played with, so no chart code goes to the
 * browser. The labels come formatted from the server, the same strings the cards print, so the
 * line's end reads exactly what the "projected at the deadline" figure says. Each month carries a
 * tooltip (`<title>`), and a table below gives the same figures to screen readers.
 */
export async function TrendChart({
  points,
  targetPct,
  labels,
}: {
  points: TrendPoint[];
  targetPct: number;
  labels: { target: string; projectedEnd: string | null };
}) {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const month = (m: string) => formatDate(format, m, "monthShort");
  const pct = (v: number | null) => (v === null ? "–" : `${format.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`);
  const values = points.flatMap((p) => [p.coverage, p.projected]).filter((v): v is number => v !== null);
  const low = Math.floor(Math.min(targetPct, ...values) - 1);
  const high = Math.ceil(Math.max(targetPct, ...values) + 1);
  const n = points.length;
  const x = (i: number) => (n === 1 ? BOX / 2 : (i / (n - 1)) * BOX);
  const y = (v: number) => BOX - ((v - low) / (high - low)) * BOX;
  const xs = points.map((_, i) => x(i));
  const coverage = runs(
    xs,
    points.map((p) => (p.coverage === null ? null : y(p.coverage))),
  );
  const projected = runs(
    xs,
    points.map((p) => (p.projected === null ? null : y(p.projected))),
  ).flat();
  const last = points[n - 1];
  const showEnd = labels.projectedEnd !== null && last !== undefined && last.projected !== null;
  // Month labels: about six on a wide screen, half as many on a phone; the last month always, and
  // no label crowding it.
  const every = Math.max(1, Math.ceil(n / 6));
  const shows = (i: number, step: number) => i === n - 1 || (i % step === 0 && n - 1 - i >= step * 0.75);
  const slot = n > 1 ? BOX / (n - 1) : BOX;
  return (
    <figure>
      <div className="relative h-72 w-full text-[11px] text-slate-600" role="img" aria-label={t("trendLabel")}>
        <div className="absolute inset-y-0 left-0 w-12" aria-hidden="true">
          <div className="absolute inset-x-0 top-2.5 bottom-6">
            {yTicks(low, high).map((v) => (
              <span key={v} className="absolute right-1.5 -translate-y-1/2 tabular-nums" style={{ top: `${(y(v) / BOX) * 100}%` }}>
                {format.number(v)} %
              </span>
            ))}
          </div>
        </div>
        <div className="absolute top-2.5 right-3 bottom-6 left-12 border-b border-l border-slate-400">
          <svg className="absolute inset-0 h-full w-full" viewBox={`0 0 ${BOX} ${BOX}`} preserveAspectRatio="none" aria-hidden="true">
            {yTicks(low, high).map((v) => (
              <line key={v} x1={0} x2={BOX} y1={y(v)} y2={y(v)} stroke="#e2e8f0" strokeDasharray="3 3" vectorEffect="non-scaling-stroke" />
            ))}
            {coverage.map((run, i) => (
              <g key={i}>
                <path d={`${line(run)}L${run[run.length - 1]![0].toFixed(1)},${BOX}L${run[0]![0].toFixed(1)},${BOX}Z`} fill="#d5f5e8" />
                <path d={line(run)} fill="none" stroke={brand} strokeWidth={2} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
              </g>
            ))}
            {projected.length > 1 ? (
              <path d={line(projected)} fill="none" stroke={brand} strokeWidth={2} strokeDasharray="5 5" vectorEffect="non-scaling-stroke" />
            ) : null}
            <line x1={0} x2={BOX} y1={y(targetPct)} y2={y(targetPct)} stroke={red} strokeDasharray="6 4" vectorEffect="non-scaling-stroke" />
            {points.map((p, i) => (
              <rect key={p.month} x={Math.max(0, x(i) - slot / 2)} width={slot} y={0} height={BOX} fill="transparent">
                <title>{`${month(p.month)}: ${t("realised")} ${pct(p.coverage)}${p.projected !== null ? ` · ${t("projectedLine")} ${pct(p.projected)}` : ""}`}</title>
              </rect>
            ))}
          </svg>
          <span className="absolute left-1 -translate-y-full pb-0.5 text-red-600" style={{ top: `${(y(targetPct) / BOX) * 100}%` }} aria-hidden="true">
            {t("targetLine", { pct: labels.target })}
          </span>
          {showEnd ? (
            <span
              className="absolute -translate-x-full -translate-y-full pr-1.5 pb-2 text-xs font-semibold whitespace-nowrap"
              style={{ left: `${(x(n - 1) / BOX) * 100}%`, top: `${(y(last.projected!) / BOX) * 100}%`, color: brand }}
              data-testid="projection-end"
            >
              {labels.projectedEnd}
            </span>
          ) : null}
          {points.map((p, i) =>
            shows(i, every) ? (
              <span
                key={p.month}
                className={`absolute top-full pt-1 whitespace-nowrap ${shows(i, every * 2) ? "" : "hidden sm:inline"}`}
                style={{ left: `${(x(i) / BOX) * 100}%`, transform: i === 0 ? "none" : i === n - 1 ? "translateX(-100%)" : "translateX(-50%)" }}
                aria-hidden="true"
              >
                {month(p.month)}
              </span>
            ) : null,
          )}
        </div>
      </div>
      <figcaption className="mt-2 flex flex-wrap justify-center gap-4 text-xs text-slate-700" aria-hidden="true">
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block h-2.5 w-4 border-t-2 bg-[#d5f5e8]" style={{ borderColor: brand }} />
          {t("realised")}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block w-4 border-t-2 border-dashed" style={{ borderColor: brand }} />
          {t("projectedLine")}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="inline-block w-4 border-t-2 border-dashed" style={{ borderColor: red }} />
          {t("targetLine", { pct: labels.target })}
        </span>
      </figcaption>
      <DataTable
        label={t("trendTable")}
        look="hidden"
        rows={points}
        rowKey={(p) => p.month}
        columns={[
          { key: "month", header: t("trendMonth"), rowHeader: true, cell: (p) => month(p.month) },
          { key: "realised", header: t("realised"), cell: (p) => pct(p.coverage) },
          { key: "projected", header: t("projectedLine"), cell: (p) => pct(p.projected) },
        ]}
      />
    </figure>
  );
}
