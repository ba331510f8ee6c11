# Bug: matches levels case-sensitively and forgets the WARNING alias.
import sys

ORDER = ["DEBUG", "INFO", "WARN", "ERROR", "FATAL", "UNKNOWN"]
counts = dict.fromkeys(ORDER, 0)
for line in sys.stdin:
    parts = line.split()
    if not parts:
        continue
    level = parts[1] if len(parts) > 1 else ""
    counts[level if level in counts else "UNKNOWN"] += 1
for k in ORDER:
    print(k, counts[k])
