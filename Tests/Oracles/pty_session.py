#!/usr/bin/env python3
"""Drive a command in a real pseudo-terminal, step by step, like a person typing.

Usage: pty_session.py STEPS_JSON COMMAND [ARGS...]
STEPS_JSON is a list of steps; each waits (up to 20 s) until the terminal output since the
previous step contains "expect" (a plain substring), then either types "send" (a string;
use "\\r" for Enter and "\\u0003" for Ctrl-C) or sends the signal "kill" (a number) to the
process. Prints JSON: {"status": exit status or -signal, "transcript": all output,
"timedOut": the expect that never came, or null}.
"""
import json
import os
import pty
import select
import signal
import sys
import time


def main(steps, argv):
    pid, master = pty.fork()
    if pid == 0:
        os.environ.pop("COLUMNS", None)
        os.execvp(argv[0], argv)
    transcript = b""
    mark = 0
    timed_out = None

    def pump(timeout):
        nonlocal transcript
        ready, _, _ = select.select([master], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(master, 65536)
        except OSError:
            return False
        if not data:
            return False
        transcript += data
        return True

    alive = True
    for step in steps:
        wanted = step["expect"].encode()
        deadline = time.time() + 20
        while alive and wanted not in transcript[mark:] and time.time() < deadline:
            alive = pump(0.1)
        if wanted not in transcript[mark:]:
            timed_out = step["expect"]
            break
        mark = transcript.index(wanted, mark) + len(wanted)
        if "kill" in step:
            os.kill(pid, step["kill"])
        else:
            os.write(master, step["send"].encode())
    deadline = time.time() + 20
    while alive and time.time() < deadline:
        alive = pump(0.1)
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
    else:
        done, status = os.waitpid(pid, os.WNOHANG)
    if not done:
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    while pump(0.05):
        pass
    code = os.waitstatus_to_exitcode(status)
    json.dump({"status": code, "transcript": transcript.decode("utf-8", "replace"),
               "timedOut": timed_out}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(json.loads(sys.argv[1]), sys.argv[2:])
