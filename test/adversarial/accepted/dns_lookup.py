# Name resolution must fail.
import socket
try:
    socket.setdefaulttimeout(2)
    print("resolved", socket.getaddrinfo("deb.debian.org", 80))
except OSError:
    print("ok")
