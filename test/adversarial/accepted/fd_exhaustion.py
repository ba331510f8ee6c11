# Opens files until the nofile limit refuses; the supervisor and the next test are unaffected.
import os
fds = []
try:
    while len(fds) < 1_000_000:
        fds.append(os.open("/dev/null", os.O_RDONLY))
except OSError:
    pass
print("ok" if len(fds) < 1_000_000 else "unlimited")
