# The root file system is read-only: /, /etc, the supervisor, /usr all refuse writes.
import os
written = []
for path in ("/evil", "/etc/passwd", "/etc/evil", "/opt/tryout/supervisor", "/usr/bin/python3", "/bin/sh", "/dev/shm/evil"):
    try:
        with open(path, "ab") as f:
            f.write(b"x")
        written.append(path)
    except OSError:
        pass
for d in ("/", "/etc", "/usr", "/var"):
    try:
        os.mkdir(os.path.join(d, "evil-dir"))
        written.append(d)
    except OSError:
        pass
print("ok" if not written else f"wrote {written}")
