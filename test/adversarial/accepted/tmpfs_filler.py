# Fills /work and /tmp until the size caps refuse; the program survives and says so.
import errno
stopped = 0
for d in ("/work", "/tmp"):
    try:
        with open(f"{d}/fill", "wb") as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(4096):
                f.write(chunk)
                f.flush()
    except OSError as e:
        stopped += e.errno in (errno.ENOSPC, errno.EFBIG)
print("ok" if stopped == 2 else f"stopped {stopped}")
