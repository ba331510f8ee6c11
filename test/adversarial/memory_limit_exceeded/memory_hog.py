# 1 GiB filled in one C-level pass: the limit (128 MiB here) stops it.
x = bytearray(b"\x01") * (1024 * 1024 * 1024)
print(len(x))
