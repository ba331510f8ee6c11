# Every connection attempt must fail: no network at all (the host's Postgres, Redis, Docker API, the internet).
import socket
reached = []
for host, port in [("1.1.1.1", 80), ("172.17.0.1", 5432), ("10.0.2.2", 6379), ("127.0.0.1", 5432), ("127.0.0.1", 6379), ("127.0.0.1", 2375)]:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(1)
    try:
        s.connect((host, port))
        reached.append(f"{host}:{port}")
    except OSError:
        pass
    finally:
        s.close()
interfaces = [name for _, name in socket.if_nameindex()]
print("ok" if not reached and interfaces == ["lo"] else f"reached {reached} interfaces {interfaces}")
