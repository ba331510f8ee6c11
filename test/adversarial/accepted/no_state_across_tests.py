# Test 1 leaves traces of every kind in /work and /tmp (files, a locked-down directory, links, a
# 300-deep directory chain, a changed mode on /work, the compile step's output deleted, its own
# source appended to); test 2 must start from the files exactly as the compile step left them,
# so it can neither remember earlier hidden inputs nor be sabotaged by them.
import mmap
import os
import sys

# MARKER-ORIGINAL (test 1 rewrites this line in place through a shared mapping: same size, and on
# tmpfs not even the mtime changes)

MARKS = ("mark", "dir", "link", "deep", "fifo")
if sys.stdin.read().strip() == "1":
    for root in ("/work", "/tmp"):
        with open(f"{root}/mark", "w") as f:
            f.write("hidden input 1")
        os.mkdir(f"{root}/dir")
        with open(f"{root}/dir/inner", "w") as f:
            f.write("x")
        os.chmod(f"{root}/dir", 0)
        os.symlink("/etc/passwd", f"{root}/link")
        os.mkfifo(f"{root}/fifo")
    os.mkdir("deep")
    fd = os.open("deep", os.O_RDONLY)
    for _ in range(300):
        os.mkdir("d", dir_fd=fd)
        sub = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = sub
    os.close(fd)
    for name in os.listdir("__pycache__"):
        os.remove(f"__pycache__/{name}")
    os.rmdir("__pycache__")
    with open("main.py", "r+b") as f, mmap.mmap(f.fileno(), 0) as m:
        at = m.find(b"MARKER-" + b"ORIGINAL")
        m[at : at + 15] = b"MARKER-" + b"CHANGED!"
    with open("main.py", "a") as f:
        f.write('\nprint("tampered")\n')
    os.chmod("/work", 0o755)
    print("ok")
else:
    seen = [f"{root}/{m}" for root in ("/work", "/tmp") for m in MARKS if os.path.lexists(f"{root}/{m}")]
    if b"MARKER-" + b"ORIGINAL" not in open("main.py", "rb").read():
        seen.append("main.py changed in place")
    if not os.path.isdir("__pycache__"):
        seen.append("compile output deleted")
    if os.stat("/work").st_mode & 0o777 != 0o700:
        seen.append(f"/work mode {oct(os.stat('/work').st_mode & 0o777)}")
    print("ok" if not seen else f"saw {seen}")
