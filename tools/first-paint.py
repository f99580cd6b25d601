#!/usr/bin/env python3
"""Milliseconds from starting a program in a pseudo-terminal until its output shows a marker.

    tools/first-paint.py [--size 160x48] [--runs 15] MARKER -- CMD ...

Finer than polling a tmux screen (which sees changes only every few milliseconds): the time is taken when the
bytes carrying MARKER arrive. Prints the median and the quartiles of the runs. The program is then sent 'q'
and, if still running, killed.
"""
import argparse, fcntl, os, pty, select, signal, statistics, struct, sys, termios, time

p = argparse.ArgumentParser()
p.add_argument("--size", default="160x48")
p.add_argument("--runs", type=int, default=15)
p.add_argument("marker")
p.add_argument("cmd", nargs=argparse.REMAINDER)
a = p.parse_args()
cmd = a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd
cols, rows = (int(x) for x in a.size.lower().split("x"))
marker = a.marker.encode()

def once():
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.execvp(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    seen, found = b"", None
    while found is None and time.perf_counter() - t0 < 10:
        r, _, _ = select.select([fd], [], [], 0.5)
        if not r:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if marker in seen:
            found = time.perf_counter() - t0
    try:
        os.write(fd, b"q")
        time.sleep(0.02)
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    return found

times = [t for t in (once() for _ in range(a.runs)) if t is not None]
if not times:
    sys.exit(f"first-paint: {marker.decode()!r} never appeared")
q = statistics.quantiles(times, n=4) if len(times) > 1 else [times[0]] * 3
print(f"{1000 * statistics.median(times):.2f} ms (quartiles {1000 * q[0]:.2f}–{1000 * q[2]:.2f}, {len(times)} runs)")
