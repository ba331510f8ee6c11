# Plants symlinks where a judge reads results back; the runner asks to collect exactly these
# names and must get nothing (the supervisor never follows links).
import os
os.makedirs("feedback_dir", exist_ok=True)
links = {
    "feedback_dir/judgemessage.txt": "/etc/passwd",
    "judgemessage.txt": "/proc/1/environ",
    "output.txt": "/etc/shadow",
    "result.json": "/proc/self/environ",
}
for name, target in links.items():
    try:
        os.remove(name)
    except OSError:
        pass
    os.symlink(target, name)
if not os.path.islink("etc_dir"):
    os.symlink("/etc", "etc_dir")
print("ok")
