import type { Difficulty, SubmissionStatus, Verdict } from '@tryout/contracts';

export const VERDICT_LABELS: Record<Verdict, string> = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong Answer',
  time_limit_exceeded: 'Time Limit Exceeded',
  memory_limit_exceeded: 'Memory Limit Exceeded',
  runtime_error: 'Runtime Error',
  compile_error: 'Compile Error',
  output_limit_exceeded: 'Output Limit Exceeded',
  internal_error: 'Internal Error',
};

/** Mantine colour names; shades are picked per scheme by the theme so contrast holds in both. */
export function verdictColor(verdict: Verdict | null | undefined): string {
  if (!verdict) return 'gray';
  if (verdict === 'accepted') return 'teal';
  if (verdict === 'internal_error') return 'gray';
  if (verdict === 'compile_error') return 'orange';
  return 'red';
}

export function verdictLabel(verdict: Verdict | null | undefined, status?: SubmissionStatus): string {
  if (verdict) return VERDICT_LABELS[verdict];
  switch (status) {
    case 'queued':
      return 'Queued';
    case 'compiling':
      return 'Compiling';
    case 'running':
      return 'Running';
    default:
      return 'Pending';
  }
}

export const DIFFICULTY_LABELS: Record<Difficulty, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };
export const DIFFICULTY_COLORS: Record<Difficulty, string> = { easy: 'teal', medium: 'yellow', hard: 'red' };

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** A limit in whole or fractional seconds: 1000 → "1 s", 1500 → "1.5 s", 250 → "250 ms". */
export function formatLimit(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return `${Number((ms / 1000).toFixed(2))} s`;
}

export function formatMemory(kb: number | null | undefined): string {
  if (kb === null || kb === undefined || !Number.isFinite(kb)) return '—';
  if (kb < 1024) return `${Math.round(kb)} KB`;
  return `${(kb / 1024).toFixed(1)} MB`;
}

export function formatPercent(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${(ratio * 100).toFixed(1)}%`;
}

/** "just now", "5 min ago", "3 h ago", "2 d ago", then the date. */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (!Number.isFinite(seconds)) return '';
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  if (days < 7) return `${days} d ago`;
  return then.toISOString().slice(0, 10);
}
