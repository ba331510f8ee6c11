#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import datetime
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(52817)
GUESTS = ["Ada", "Bruno", "Chen", "Dana", "Emil", "Farah", "Gus", "Hana", "Ivo", "Jun", "Kofi",
          "Lena", "Mateo", "Nora", "Omar", "Pia", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Vik"]
BASE = datetime.datetime(2024, 9, 2, 0, 0, 0)
H = 3600


def ts(seconds):
    return (BASE + datetime.timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S")


def write(name, bookings, shuffle=True):
    """bookings: (room_id, start seconds, end seconds) after BASE, start < end.

    Ids are handed out in a shuffled order, so they say nothing about time order."""
    OUT.mkdir(parents=True, exist_ok=True)
    bookings = list(bookings)
    for room, s, e in bookings:
        assert s < e, (name, room, s, e)
    if shuffle:
        rng.shuffle(bookings)
    rows = [f"  ({i}, {room}, '{rng.choice(GUESTS)}', '{ts(s)}', '{ts(e)}')"
            for i, (room, s, e) in enumerate(bookings, start=1)]
    text = "" if not rows else (
        "INSERT INTO bookings (id, room_id, guest, starts_at, ends_at) VALUES\n"
        + ",\n".join(rows) + ";\n")
    (OUT / f"{name}.in").write_text(text)


def random_room(room, n, span_days, max_hours, seconds=False):
    out = []
    for _ in range(n):
        s = rng.randint(0, span_days * 24 * 4) * 900  # on a quarter hour
        e = s + rng.randint(1, max_hours * 4) * 900
        if seconds:
            s += rng.randint(0, 59) * rng.choice([0, 1])
            e += rng.randint(0, 3599)
        out.append((room, s, e))
    return out


write("01-empty", [])
write("02-single-booking", [(4, 9 * H, 17 * H)])

# back-to-back bookings only: every pair touches or is apart, nothing overlaps
write("03-touching-chain", [(1, k * 2 * H, (k + 1) * 2 * H) for k in range(12)]
      + [(2, 8 * H, 9 * H), (2, 9 * H, 9 * H + 1), (2, 9 * H + 1, 10 * H), (2, 11 * H, 12 * H)])

# a week-long booking containing short back-to-back meetings, and a pair nested three deep
write("04-containment", [(5, 0, 7 * 24 * H)] + [(5, 24 * H + k * H, 24 * H + (k + 1) * H) for k in range(6)]
      + [(6, 10 * H, 20 * H), (6, 12 * H, 18 * H), (6, 14 * H + 1800, 15 * H + 1799)])

# the same interval booked several times in one room, and once in each of two other rooms
write("05-identical", [(3, 10 * H, 12 * H)] * 4 + [(8, 10 * H, 12 * H), (9, 10 * H, 12 * H)]
      + [(3, 12 * H, 13 * H)] * 2)

# every room busy at the same slots, no room double-booked, except a single pair in room 17
write("06-other-rooms-same-time", [(room, k * 3 * H, k * 3 * H + 2 * H) for room in range(10, 20) for k in range(4)]
      + [(17, 3 * H + 1800, 5 * H)])

# overlaps of a few seconds up to a few minutes, and odd second offsets (whole minutes round down)
write("07-partial-minutes", [(21, 0, 10 * H), (21, 10 * H - 30, 11 * H),
                             (22, 0, 1 * H), (22, 1 * H - 59, 2 * H), (22, 2 * H - 60, 3 * H),
                             (22, 3 * H - 89, 4 * H), (22, 4 * H - 90, 5 * H), (22, 5 * H - 119, 6 * H),
                             (23, 100, 200 * 60 + 100), (23, 170 * 60 + 45, 300 * 60),
                             (24, 0, 24 * H), (24, 12 * H + 1, 36 * H - 1)])

# the rows are listed latest first, so every higher id starts earlier than the lower id it clashes with
write("08-reverse-id-order", [(30 + (k % 3), (40 - k) * H, (40 - k) * H + 3 * H + k * 60) for k in range(40)],
      shuffle=False)

write("09-random", [b for room in range(1, 9) for b in random_room(room, rng.randint(3, 25), 3, 6, True)])

# larger: 60 rooms over a month, a few hundred clashes
write("10-large", [b for room in range(100, 160) for b in random_room(room, rng.randint(30, 70), 30, 8, True)])
