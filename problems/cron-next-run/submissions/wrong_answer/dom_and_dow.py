from datetime import date, datetime, timedelta

LIMITS = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 6)]


def parse_field(text: str, lo: int, hi: int) -> set:
    values = set()
    for item in text.split(','):
        step = 1
        if '/' in item:
            item, s = item.split('/')
            step = int(s)
        if item == '*':
            a, b = lo, hi
        elif '-' in item:
            a, b = map(int, item.split('-'))
        else:
            a = b = int(item)
        values.update(range(a, b + 1, step))
    return values


class Solution:
    def nextRuns(self, expression: str, after: str, count: int) -> List[str]:
        fields = expression.split(' ')
        mins, hours, doms, months, dows = (parse_field(f, lo, hi) for f, (lo, hi) in zip(fields, LIMITS))
        dom_star, dow_star = fields[2] == '*', fields[4] == '*'
        mins, hours = sorted(mins), sorted(hours)

        def day_matches(d: date) -> bool:
            dom_ok, dow_ok = d.day in doms, (d.weekday() + 1) % 7 in dows
            # Bug: day-of-month and day-of-week are always combined with AND, even when both are
            # restricted (cron then fires when EITHER matches).
            return dom_ok and dow_ok

        start = datetime.strptime(after, '%Y-%m-%d %H:%M') + timedelta(minutes=1)
        out, d = [], start.date()
        while d.year < 3000:
            if d.month not in months:
                d = date(d.year + 1, 1, 1) if d.month == 12 else date(d.year, d.month + 1, 1)
                continue
            if day_matches(d):
                for h in hours:
                    for m in mins:
                        if d == start.date() and (h, m) < (start.hour, start.minute):
                            continue
                        out.append('%04d-%02d-%02d %02d:%02d' % (d.year, d.month, d.day, h, m))
                        if len(out) == count:
                            return out
            d += timedelta(days=1)
        return out
