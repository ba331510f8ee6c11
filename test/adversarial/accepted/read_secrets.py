# Nothing sensitive is visible: our environment is the runtime's, PID 1's environment and fds are closed.
import os, re
problems = [k for k in os.environ if not re.fullmatch(r"PATH|HOME|TMPDIR|LANG|LC_ALL|PYTHON[A-Z]+", k)]
blob = "\n".join(f"{k}={v}" for k, v in os.environ.items()).lower()
problems += [w for w in ("secret", "password", "token", "postgres", "redis", "jwt") if w in blob]
for path in ("/proc/1/environ", "/proc/1/mem", "/proc/1/fd/0", "/proc/1/fd/1", "/etc/shadow"):
    try:
        with open(path, "rb") as f:
            if f.read(1):
                problems.append(path)
    except OSError:
        pass
try:
    os.listdir("/proc/1/fd")
    problems.append("/proc/1/fd listable")
except OSError:
    pass
print("ok" if not problems else f"exposed {problems}")
