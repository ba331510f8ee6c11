# Input validator (exit 42 when the input is valid). Tryout does not run input validators yet.
import sys

lines = sys.stdin.read().split('\n')
n = int(lines[0])
assert 1 <= n <= 100000
for line in lines[1:1 + n]:
    d, h = map(int, line.split())
    assert 0 <= d <= 10**6 and 1 <= h <= 10**6
sys.exit(42)
