#!/usr/bin/env python3
"""The preview server under slow clients: normal-request latency of
`disclose serve` while N clients trickle their request heads one byte per
INTERVAL seconds (reconnecting whenever they are cut off), then how long
SIGINT takes to end it.

usage: bench/slowloris.py DISCLOSE_BINARY SITE N INTERVAL SECONDS
  e.g. bench/slowloris.py build/disclose . 48 3 20   (the issue's case)
"""
import socket, sys, threading, time, statistics, subprocess, os, re
binary, site, n, interval, secs = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
p = subprocess.Popen([binary, "serve", "--port", "0", "--quiet", "--site", site], stdout=subprocess.PIPE)
line = p.stdout.readline().decode()
port = int(re.search(r":(\d+)/", line).group(1))
head = (f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Slow: " + "s"*100 + "\r\n\r\n").encode()
stop = False
cut = [0]
def trickle():
    socks = [socket.create_connection(("127.0.0.1", port)) for _ in range(n)]
    pos = [0]*n
    while not stop:
        for i in range(n):
            try:
                socks[i].send(head[pos[i] % len(head):pos[i] % len(head)+1]); pos[i]+=1
            except OSError:
                cut[0]+=1
                socks[i].close(); socks[i] = socket.create_connection(("127.0.0.1", port)); pos[i]=0
        time.sleep(interval)
t = threading.Thread(target=trickle); t.start()
time.sleep(1.0)
lat = []; fails = 0
end = time.time() + secs
while time.time() < end:
    s0 = time.time()
    try:
        c = socket.create_connection(("127.0.0.1", port), timeout=10)
        c.sendall(f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while True:
            b = c.recv(65536)
            if not b: break
            data += b
        c.close()
        if not data.startswith(b"HTTP/1.1 200"): fails += 1
        else: lat.append(time.time()-s0)
    except OSError:
        fails += 1
    time.sleep(0.05)
stop = True; t.join()
s0 = time.time(); p.send_signal(2); rc = p.wait(); stop_s = time.time()-s0
lat.sort()
print(f"slow={n} every {interval}s: {len(lat)} ok, {fails} failed; latency ms median {1000*statistics.median(lat):.1f} p95 {1000*lat[int(len(lat)*0.95)]:.1f} max {1000*lat[-1]:.1f}; slow clients cut {cut[0]}x; SIGINT->exit {stop_s*1000:.0f} ms rc={rc}")
