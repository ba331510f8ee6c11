# 80 MiB on the heap plus 100 MiB in files on /work and /tmp (tmpfs, i.e. RAM) against a 128 MiB
# limit: the files count, so this is memory_limit_exceeded, not accepted.
heap = bytearray(b"\1") * (80 << 20)
chunk = b"\2" * (1 << 20)
for path, mib in (("/work/hoard", 60), ("/tmp/hoard", 40)):
    with open(path, "wb") as f:
        for _ in range(mib):
            f.write(chunk)
print("ok" if heap[-1] == 1 else "no")
