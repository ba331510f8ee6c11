# Uses no CPU: only the wall-time limit catches it.
import time
time.sleep(3600)
