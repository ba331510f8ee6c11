# /tmp is noexec: a binary copied there cannot run (the work dir must allow exec for compiled code).
import os, shutil, subprocess
shutil.copy("/bin/true", "/tmp/mytrue")
os.chmod("/tmp/mytrue", 0o755)
try:
    subprocess.run(["/tmp/mytrue"], check=True)
    print("executed from /tmp")
except PermissionError:
    print("ok")
