import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
  /** What the value is a share of, when it differs per bar (e.g. each month's claims). */
  of?: number;
}

// Each bar has its own fill pattern as well as its label and value, so that the chart reads in
// greyscale print and without colour vision.
const PATTERNS = ['solid', 'stripes', 'dots', 'cross', 'hlines', 'vlines', 'checks', 'none'] as const;

function PatternDef({ id, kind }: { id: string; kind: (typeof PATTERNS)[number] }) {
  const ink = '#1d232b';
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={kind === 'solid' ? '#4a5563' : '#ffffff'} />
      {kind === 'stripes' && <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={ink} strokeWidth="1.5" />}
      {kind === 'dots' && <circle cx="4" cy="4" r="1.6" fill={ink} />}
      {kind === 'cross' && <path d="M0,0 l8,8 M8,0 l-8,8" stroke={ink} strokeWidth="1" />}
      {kind === 'hlines' && <path d="M0,4 h8" stroke={ink} strokeWidth="1.5" />}
      {kind === 'vlines' && <path d="M4,0 v8" stroke={ink} strokeWidth="1.5" />}
      {kind === 'checks' && <path d="M0,0 h4 v4 h-4 z M4,4 h4 v4 h-4 z" fill={ink} opacity="0.6" />}
    </pattern>
  );
}

/**
 * A horizontal bar chart drawn on the server: every bar is labelled with its count and its share of
 * `total` (or of its own `of`). With `byShare`, bar lengths show the shares rather than the counts.
 */
export function BarChart({ title, bars, total = 0, unit = 'claims', byShare = false }: { title: string; bars: Bar[]; total?: number; unit?: string; byShare?: boolean }) {
  const id = useId().replace(/:/g, '');
  const rowHeight = 26;
  const labelWidth = 170;
  const barWidth = 300;
  const valueWidth = 110;
  const width = labelWidth + barWidth + valueWidth;
  const height = bars.length * rowHeight + 4;
  const whole = (b: Bar) => b.of ?? total;
  const share = (b: Bar) => (whole(b) > 0 ? b.value / whole(b) : 0);
  const max = byShare ? Math.max(0.01, ...bars.map(share)) : Math.max(1, ...bars.map((b) => b.value));
  const pct = (b: Bar) => (whole(b) > 0 ? `${Math.round(share(b) * 100)}%` : '—');
  const summary = bars.map((b) => `${b.label}: ${b.value} of ${whole(b)} ${unit} (${pct(b)})`).join('; ');

  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} className="bar-chart">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        <defs>
          {bars.map((_, i) => (
            <PatternDef key={i} id={`${id}-p${i}`} kind={PATTERNS[i % PATTERNS.length]} />
          ))}
        </defs>
        {bars.map((b, i) => {
          const y = i * rowHeight + 2;
          const w = Math.round(((byShare ? share(b) : b.value) / max) * barWidth);
          return (
            <g key={b.label} aria-hidden="true">
              <text x={labelWidth - 8} y={y + rowHeight / 2 + 4} textAnchor="end" fontSize="13">
                {b.label}
              </text>
              <rect x={labelWidth} y={y + 3} width={barWidth} height={rowHeight - 8} fill="none" stroke="#d6dbe1" />
              {w > 0 && <rect x={labelWidth} y={y + 3} width={w} height={rowHeight - 8} fill={`url(#${id}-p${i})`} stroke="#1d232b" />}
              <text x={labelWidth + barWidth + 8} y={y + rowHeight / 2 + 4} fontSize="13">
                {b.value} ({pct(b)})
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
