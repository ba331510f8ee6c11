# 64 MB to stderr: stderr is capped and drained, never blamed, never fills the host.
import sys
chunk = "e" * 65536
for _ in range(1024):
    sys.stderr.write(chunk)
print("ok")
