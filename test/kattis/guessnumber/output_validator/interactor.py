import sys

x = int(open(sys.argv[1]).read())
for _ in range(30):
    line = sys.stdin.readline()
    if not line:
        sys.exit(43)
    g = int(line)
    if g == x:
        print('correct', flush=True)
        sys.exit(42)
    print('lower' if x < g else 'higher', flush=True)
sys.exit(43)
