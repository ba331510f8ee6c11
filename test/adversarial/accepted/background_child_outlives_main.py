# Test 1 leaves a child that keeps bumping a counter file; in test 2 (same job) the counter
# must stand still and no process but ours may exist.
import os, sys, time
if sys.stdin.read().strip() == "1":
    if os.fork() == 0:
        n = 0
        while True:
            n += 1
            with open("/tmp/heartbeat", "w") as f:
                f.write(str(n))
            time.sleep(0.05)
    print("ok")
else:
    def beat():
        try:
            return open("/tmp/heartbeat").read()
        except OSError:
            return None
    first = beat()
    time.sleep(1)
    alive = [p for p in os.listdir("/proc") if p.isdigit() and int(p) not in (1, os.getpid())]
    print("ok" if beat() == first and not alive else f"heartbeat {first} -> {beat()} alive={alive}")
