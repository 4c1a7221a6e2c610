/**
 * Coverage as a half circle from 0 to 100 % of the working population, with the target marked on
 * the arc, so the gap to the target is seen at its true size. Plain SVG drawn on the server: it is
 * read, not played with.
 */
const CX = 120;
const CY = 126;
const R = 92;
const BAND = 18;

/** The point at `share` (0..1) of the way along the arc, from the left end over the top. */
function at(share: number, radius: number): [number, number] {
  const angle = Math.PI * (1 - Math.min(1, Math.max(0, share)));
  return [CX + radius * Math.cos(angle), CY - radius * Math.sin(angle)];
}

const arc = (to: number) => {
  const [x, y] = at(to, R);
  return `M ${CX - R} ${CY} A ${R} ${R} 0 0 1 ${x.toFixed(2)} ${y.toFixed(2)}`;
};

export function CoverageGauge({
  currentPct,
  targetPct,
  label,
  targetLabel,
  ends,
}: {
  currentPct: number;
  targetPct: number;
  /** The sentence a screen reader gets, with the numbers in the reader's format. */
  label: string;
  targetLabel: string;
  ends: [string, string];
}) {
  const current = currentPct / 100;
  const target = targetPct / 100;
  const [innerX, innerY] = at(target, R - BAND / 2 - 5);
  const [outerX, outerY] = at(target, R + BAND / 2 + 5);
  const [textX, textY] = at(target, R + BAND / 2 + 10);
  const anchor = target < 0.3 ? "end" : target > 0.7 ? "start" : "middle";
  return (
    <svg viewBox="0 0 240 148" className="mx-auto block w-full max-w-64" role="img" aria-label={label} data-testid="coverage-gauge">
      <title>{label}</title>
      <path d={arc(1)} fill="none" stroke="#e2e8f0" strokeWidth={BAND} />
      {current > 0 ? <path d={arc(current)} fill="none" stroke={currentPct >= targetPct ? "#059669" : "#0b7a5a"} strokeWidth={BAND} /> : null}
      <g data-testid="gauge-target-mark" data-target-pct={targetPct}>
        <line x1={innerX} y1={innerY} x2={outerX} y2={outerY} stroke="#b91c1c" strokeWidth={3} strokeLinecap="round" />
        <text x={textX} y={textY} textAnchor={anchor} fontSize={11} fill="#b91c1c" dy={anchor === "middle" ? -2 : 4}>
          {targetLabel}
        </text>
      </g>
      <text x={CX - R} y={CY + 16} textAnchor="middle" fontSize={10} fill="#475569">
        {ends[0]}
      </text>
      <text x={CX + R} y={CY + 16} textAnchor="middle" fontSize={10} fill="#475569">
        {ends[1]}
      </text>
    </svg>
  );
}
