/** A comparator's decision; `reason` is a short, candidate-safe explanation for the UI. */
export type CompareResult = { ok: true } | { ok: false; reason: string };

export const COMPARE_OK: CompareResult = { ok: true };

/** Shortens a value for a one-line reason. */
export function preview(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
