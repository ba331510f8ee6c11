import sys

ORDER = ["DEBUG", "INFO", "WARN", "ERROR", "FATAL", "UNKNOWN"]
counts = dict.fromkeys(ORDER, 0)
for line in sys.stdin:
    parts = line.split()
    if not parts:
        continue
    level = parts[1].upper() if len(parts) > 1 else ""
    if level == "WARNING":
        level = "WARN"
    if level not in counts or level == "UNKNOWN":
        level = "UNKNOWN"
    counts[level] += 1
sys.stdout.write("".join(f"{k} {counts[k]}\n" for k in ORDER))
