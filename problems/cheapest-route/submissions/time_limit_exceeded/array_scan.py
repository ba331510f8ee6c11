# Dijkstra that scans every depot to find the next closest one: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n, m, s = int(data[0]), int(data[1]), int(data[2])
adj = [[] for _ in range(n + 1)]
for i in range(m):
    adj[int(data[3 + 3 * i])].append((int(data[4 + 3 * i]), int(data[5 + 3 * i])))
INF = float('inf')
dist = [INF] * (n + 1)
done = [False] * (n + 1)
dist[s] = 0
for _ in range(n):
    u, best = -1, INF
    for x in range(1, n + 1):
        if not done[x] and dist[x] < best:
            u, best = x, dist[x]
    if u < 0:
        break
    done[u] = True
    for v, w in adj[u]:
        if best + w < dist[v]:
            dist[v] = best + w
print(' '.join(str(d) if d < INF else '-1' for d in dist[1:]))
