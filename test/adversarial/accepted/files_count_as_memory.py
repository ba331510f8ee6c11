# Keeps 64 MiB in a file on the work dir (tmpfs: RAM) with a small heap, under the 128 MiB limit:
# accepted, but the reported memory must include the file.
# adversarial: minMemoryKb=65536
with open("/work/kept", "wb") as f:
    for _ in range(64):
        f.write(b"\1" * (1 << 20))
print("ok")
