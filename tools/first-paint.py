#!/usr/bin/env python3
"""Milliseconds from starting programs in a pseudo-terminal until their output shows a marker, side by side.

    tools/first-paint.py [--size 160x48] [--runs 21] 'MARKER=CMD ARG...' ['MARKER=CMD ARG...' ...]

Finer than polling a tmux screen (which sees changes only every few milliseconds): the time is taken when the
bytes carrying MARKER arrive. With several programs the runs are interleaved (one of each in turn, so a noisy
moment of the machine falls on all of them), and each program after the first is compared with the first run by
run. Prints the median and quartiles of each. Each program is then sent 'q' and, if still running, killed.

Like a terminal, the harness answers the device-attributes question (ESC [ c) with a VT100's answer, at once,
and does not know the background-colour one (OSC 11), as xterm with its window operations off, tmux and the
Linux console do not: a program that asks waits one round trip, as it would in a terminal.
"""
import argparse, fcntl, os, pty, select, shlex, signal, statistics, struct, sys, termios, time

p = argparse.ArgumentParser()
p.add_argument("--size", default="160x48")
p.add_argument("--runs", type=int, default=21)
p.add_argument("programs", nargs="+", help="MARKER=CMD ARG...")
a = p.parse_args()
cols, rows = (int(x) for x in a.size.lower().split("x"))
programs = []
for spec in a.programs:
    marker, _, cmd = spec.partition("=")
    if not cmd:
        sys.exit(f"first-paint: {spec!r} is not MARKER=CMD")
    programs.append((marker.encode(), shlex.split(cmd), spec))


def once(marker, cmd):
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
        if b"\x1b[c" in chunk:
            os.write(fd, b"\x1b[?1;2c")
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


times = [[] for _ in programs]
for _ in range(a.runs):
    for i, (marker, cmd, _) in enumerate(programs):
        times[i].append(once(marker, cmd))


def summary(ts):
    ok = [t for t in ts if t is not None]
    if not ok:
        return "never appeared"
    q = statistics.quantiles(ok, n=4) if len(ok) > 1 else [ok[0]] * 3
    return f"{1000 * statistics.median(ok):.2f} ms (quartiles {1000 * q[0]:.2f}–{1000 * q[2]:.2f}, {len(ok)} runs)"


for i, (_, _, spec) in enumerate(programs):
    line = f"{spec}: {summary(times[i])}"
    if i > 0:
        pairs = [(x, y) for x, y in zip(times[i], times[0]) if x is not None and y is not None]
        earlier = sum(1 for x, y in pairs if x <= y)
        line += f"; no later than the first in {earlier} of {len(pairs)} runs"
    print(line)
