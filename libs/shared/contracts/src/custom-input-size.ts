import { CUSTOM_INPUT_MAX_BYTES } from './api/submissions';

/** UTF-8 length without TextEncoder or Buffer, so the web and the API count the same bytes. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** A size in the units people read, KB and MB of 1024 (as memory is shown): 65536 → "64 KB", 1153434 → "1.1 MB". */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

/** A size refused for exceeding `limit`: in bytes when rounding would make it read as the limit itself. */
export function formatByteSizeOver(bytes: number, limit: number): string {
  const shown = formatByteSize(bytes);
  return shown === formatByteSize(limit) ? `${bytes} bytes` : shown;
}

/**
 * Custom cases over CUSTOM_INPUT_MAX_BYTES together: which case to point at (the largest) and a
 * message saying what to fix; null when they fit. The web shows it before sending, the API answers
 * `custom_input_too_large` with the same text.
 */
export function customInputsSizeError(cases: string[]): { caseIndex: number; message: string } | null {
  const sizes = cases.map(utf8ByteLength);
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total <= CUSTOM_INPUT_MAX_BYTES) return null;
  const caseIndex = sizes.indexOf(Math.max(...sizes));
  const limit = `your cases may hold at most ${formatByteSize(CUSTOM_INPUT_MAX_BYTES)} together`;
  const largest = sizes[caseIndex];
  const message =
    cases.length === 1 || largest > CUSTOM_INPUT_MAX_BYTES
      ? `Case ${caseIndex + 1} is ${formatByteSizeOver(largest, CUSTOM_INPUT_MAX_BYTES)}; ${limit}`
      : `Your ${cases.length} cases are ${formatByteSizeOver(total, CUSTOM_INPUT_MAX_BYTES)} together (case ${caseIndex + 1} is the largest, ${formatByteSize(largest)}); ${limit}`;
  return { caseIndex, message };
}
