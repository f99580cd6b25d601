#!/usr/bin/env python3
"""Milliseconds from starting programs in a tmux window until tmux shows a marker, side by side, run by run.

    tools/tmux-first-paint.py [--size 160x48] [--runs 41] 'MARKER=CMD ARG...' ['MARKER=CMD ARG...' ...]

Finer than tui-drive, which starts a tmux server per run and polls with a new tmux client every few
milliseconds: here one server runs throughout and one control-mode client (`tmux -C`) asks for the screen as
fast as the server answers (every ~0.1 ms), so the time includes tmux reading and drawing the program's output,
as a person's terminal must, but not a client's start-up. Each run opens a new window with the program; runs are
interleaved in a shuffled order, and each program after the first is compared with the first run by run (the
median of the differences, and in how many runs it was no later), which holds up on a machine whose speed
wanders from minute to minute. Needs tmux.
"""
import argparse, os, random, shlex, statistics, subprocess, sys, time, uuid

p = argparse.ArgumentParser()
p.add_argument("--size", default="160x48")
p.add_argument("--runs", type=int, default=41)
p.add_argument("programs", nargs="+", help="MARKER=CMD ARG...")
a = p.parse_args()
cols, rows = a.size.lower().split("x")
programs = []
for spec in a.programs:
    marker, _, cmd = spec.partition("=")
    if not cmd:
        sys.exit(f"tmux-first-paint: {spec!r} is not MARKER=CMD")
    programs.append((marker, cmd))

sock = "first-paint-" + uuid.uuid4().hex[:8]
conf = f"/tmp/{sock}.conf"
with open(conf, "w") as f:
    f.write("set -g remain-on-exit off\nset -g status off\n")
# the first window only holds the session open: no shell start-up competes with the runs
subprocess.run(["tmux", "-L", sock, "-f", conf, "new-session", "-d", "-s", "s", "-x", cols, "-y", rows, "sleep 100000"],
               check=True)
client = subprocess.Popen(["tmux", "-L", sock, "-C", "attach", "-t", "s"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, bufsize=0)
pending = b""


def read_until(token):
    global pending
    while token not in pending:
        chunk = os.read(client.stdout.fileno(), 65536)
        if not chunk:
            sys.exit("tmux-first-paint: the tmux client went away")
        pending += chunk


def command(text):
    """Sends one tmux command and returns its output (between %begin and %end or %error)."""
    global pending
    client.stdin.write(text.encode() + b"\n")
    while True:
        read_until(b"\n")
        line, pending = pending.split(b"\n", 1)
        if line.startswith(b"%begin"):
            out = []
            while True:
                read_until(b"\n")
                line, pending = pending.split(b"\n", 1)
                if line.startswith(b"%end") or line.startswith(b"%error"):
                    return b"\n".join(out).decode("utf-8", "replace")
                out.append(line)


try:
    read_until(b"%session-changed")
    pending = pending.split(b"%session-changed", 1)[1].split(b"\n", 1)[1]
    command("refresh-client -f no-output")   # the program's output is not copied to us
    times = [[] for _ in programs]
    for _ in range(a.runs):
        order = list(enumerate(programs))
        random.shuffle(order)
        for i, (marker, cmd) in order:
            t0 = time.perf_counter()
            pane = command(f"new-window -d -P -F '#{{pane_id}}' -e TERM=xterm-256color {shlex.quote('exec ' + cmd)}").strip()
            while True:
                screen = command(f"capture-pane -p -t {pane}")
                elapsed = time.perf_counter() - t0
                if marker in screen or elapsed > 10:
                    break
            times[i].append(1000 * elapsed)
            command(f"kill-pane -t {pane}")
            time.sleep(0.05)
finally:
    client.stdin.close()
    subprocess.run(["tmux", "-L", sock, "kill-server"], capture_output=True)
    os.unlink(conf)

for (marker, cmd), v in zip(programs, times):
    v = sorted(v)
    print(f"{statistics.median(v):6.2f} ms [{v[len(v) // 4]:.2f}–{v[3 * len(v) // 4]:.2f}]  {cmd}")
for (marker, cmd), v in list(zip(programs, times))[1:]:
    d = sorted(x - y for x, y in zip(v, times[0]))
    print(f"  {cmd}: {statistics.median(d):+.2f} ms run by run [{d[len(d) // 4]:+.2f}, {d[3 * len(d) // 4]:+.2f}], "
          f"no later in {sum(1 for x in d if x <= 0)} of {len(d)}")
