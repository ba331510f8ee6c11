#!/usr/bin/env python3
"""Seeded test generator for table-join."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(15)


def solve(users, orders):
    name = {u[0]: u[1] for u in users}
    rows = [[o[1], name[o[1]], o[0], o[2]] for o in orders if o[1] in name]
    rows.sort(key=lambda r: (int(r[0]), int(r[2])))
    return rows


def write(folder, name, users, orders):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(users, separators=(',', ':')) + '\n' + json.dumps(orders, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(users, orders), separators=(',', ':')) + '\n')


NAMES = ['Ada', 'Grace', 'Linus', 'Barbara', "O'Neil", 'Ken', 'Dennis', 'Margaret', 'Tim B-L', 'ada', 'Zoë'.encode('ascii', 'replace').decode()]


def rand_case(nu, no, id_max, miss_p):
    uids = rng.sample(range(1, id_max + 1), nu)
    users = [[str(u), rng.choice(NAMES) + str(rng.randint(0, 99))] for u in uids]
    oids = rng.sample(range(1, max(id_max, 10**6)), no)
    orders = []
    for o in oids:
        uid = rng.choice(uids) if uids and rng.random() >= miss_p else rng.randint(1, id_max)
        orders.append([str(o), str(uid), '%d.%02d' % (rng.randint(0, 9999), rng.randint(0, 99))])
    return users, orders


write('sample', '01', [["7", "Ada"], ["12", "Linus"], ["9", "Grace"]],
      [["1003", "12", "5.00"], ["1001", "7", "19.90"], ["1002", "7", "3.50"], ["1004", "42", "8.00"]])
write('sample', '02', [["1", "Solo"]], [])

write('secret', '01-both-empty', [], [])
write('secret', '02-no-users', [], [['1', '1', '1.00']])
write('secret', '03-no-matches', [['1', 'A'], ['2', 'B']], [['10', '3', '1.00'], ['11', '4', '2.00']])
write('secret', '04-numeric-not-lexical', [['9', 'nine'], ['10', 'ten'], ['100', 'hundred']],
      [['20', '100', '0.01'], ['3', '10', '0.02'], ['100', '9', '0.03'], ['21', '9', '0.04'], ['2', '100', '0.05']])
write('secret', '05-big-ids', [['1000000000000000', 'max'], ['999999999999999', 'almost']],
      [['1000000000000000', '999999999999999', '1.00'], ['999999999999999', '1000000000000000', '2.00'], ['5', '1000000000000000', '3.00']])
write('secret', '06-same-name-different-users', [['2', 'Sam'], ['1', 'Sam']], [['5', '2', '1.00'], ['6', '1', '1.00']])
write('secret', '07-values-copied-verbatim', [['3', 'A "quoted" name'], ['4', ' spaced ']], [['8', '4', '0.00'], ['7', '3', '1234.50']])
for i in range(8, 13):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(0, 10), rng.randint(0, 20), 30, 0.2))
write('secret', '13-random-medium', *rand_case(1000, 3000, 5000, 0.3))
write('secret', '14-large', *rand_case(15000, 15000, 10**6, 0.1))
write('secret', '15-large-few-users', *rand_case(50, 8000, 10**15 - 1, 0.05))
write('secret', '16-large-mostly-unmatched', *rand_case(8000, 8000, 10**6, 0.95))
