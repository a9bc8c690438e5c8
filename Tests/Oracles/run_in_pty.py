#!/usr/bin/env python3
"""Run a command in a real pseudo-terminal and print everything it wrote to the terminal.

The command's standard input, output and error are the terminal; our own standard input is
left alone. Usage: run_in_pty.py COMMAND [ARGS...]   (the exit status is the command's)
With PTY_COLUMNS set, the terminal is that many columns wide (24 rows).
"""
import fcntl
import os
import pty
import struct
import sys
import termios


def main(argv):
    pid, master = pty.fork()
    if pid == 0:
        columns = int(os.environ.pop("PTY_COLUMNS", "0"))
        if columns:  # the child's standard streams are the terminal: size it before exec
            fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
        os.execvp(argv[0], argv)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    _, status = os.waitpid(pid, 0)
    sys.stdout.buffer.write(b"".join(chunks))
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main(sys.argv[1:])
