from datetime import datetime, timedelta

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
        both = fields[2] != '*' and fields[4] != '*'
        t = datetime.strptime(after, '%Y-%m-%d %H:%M')
        out = []
        # Steps one minute at a time: hundreds of millions of steps for a rare schedule.
        while len(out) < count:
            t += timedelta(minutes=1)
            if t.year >= 3000:
                break
            dom_ok, dow_ok = t.day in doms, (t.weekday() + 1) % 7 in dows
            day_ok = (dom_ok or dow_ok) if both else (dom_ok and dow_ok)
            if t.minute in mins and t.hour in hours and t.month in months and day_ok:
                out.append(t.strftime('%Y-%m-%d %H:%M'))
        return out
