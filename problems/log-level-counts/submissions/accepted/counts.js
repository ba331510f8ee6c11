const ORDER = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL', 'UNKNOWN'];
const counts = Object.fromEntries(ORDER.map((k) => [k, 0]));
for (const line of require('fs').readFileSync(0, 'utf8').split('\n')) {
  const parts = line.trim().split(/ +/).filter(Boolean);
  if (parts.length === 0) continue;
  let level = parts.length > 1 ? parts[1].toUpperCase() : '';
  if (level === 'WARNING') level = 'WARN';
  if (!(level in counts) || level === 'UNKNOWN') level = 'UNKNOWN';
  counts[level]++;
}
process.stdout.write(ORDER.map((k) => `${k} ${counts[k]}\n`).join(''));
