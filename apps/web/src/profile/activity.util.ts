export interface ActivityDay {
  /** YYYY-MM-DD, UTC. */
  date: string;
  submissions: number;
  accepted: number;
}

function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Buckets submissions into the last `weeks` whole weeks (Sunday-first columns, like GitHub's
 * contribution grid), ending with the week that holds `today`. Days after today are omitted.
 */
export function buildActivity(
  submissions: { createdAt: string; verdict: string | null }[],
  today: Date,
  weeks = 16,
): ActivityDay[][] {
  const counts = new Map<string, { submissions: number; accepted: number }>();
  for (const s of submissions) {
    const time = Date.parse(s.createdAt);
    if (!Number.isFinite(time)) continue;
    const key = utcDay(new Date(time));
    const entry = counts.get(key) ?? { submissions: 0, accepted: 0 };
    entry.submissions += 1;
    if (s.verdict === 'accepted') entry.accepted += 1;
    counts.set(key, entry);
  }
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const start = new Date(end);
  start.setUTCDate(end.getUTCDate() - end.getUTCDay() - 7 * (weeks - 1));
  const columns: ActivityDay[][] = [];
  for (let w = 0; w < weeks; w++) {
    const column: ActivityDay[] = [];
    for (let d = 0; d < 7; d++) {
      const day = new Date(start);
      day.setUTCDate(start.getUTCDate() + w * 7 + d);
      if (day > end) break;
      const key = utcDay(day);
      column.push({ date: key, ...(counts.get(key) ?? { submissions: 0, accepted: 0 }) });
    }
    columns.push(column);
  }
  return columns;
}

/** 0..4 intensity for a day's count, relative to the busiest day. */
export function activityLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * count) / max)));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Month names over the grid, GitHub-style: over the week holding each month's 1st, and over the
 * first week (dropped when it would crowd the next label).
 */
export function monthLabels(columns: ActivityDay[][]): { column: number; label: string }[] {
  const labels: { column: number; label: string }[] = [];
  columns.forEach((column, w) => {
    const day = w === 0 ? column[0] : column.find((d) => d.date.endsWith('-01'));
    if (day) labels.push({ column: w, label: MONTHS[Number(day.date.slice(5, 7)) - 1] });
  });
  if (labels.length > 1 && labels[1].column - labels[0].column < 3) labels.shift();
  return labels;
}
