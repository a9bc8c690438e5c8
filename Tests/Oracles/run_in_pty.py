#!/usr/bin/env python3
"""Run a command in a real pseudo-terminal and print everything it wrote to the terminal.

Usage: run_in_pty.py COMMAND [ARGS...]   (the exit status is the command's)
"""
import os
import pty
import sys


def main(argv):
    # pty.spawn copies what the child writes to the terminal onto our standard output.
    status = pty.spawn(argv)
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main(sys.argv[1:])
