"""Saying what a slow step is doing while it happens, never silence.

The first build for a (target, CPU, profile) makes zig compile musl and
pyzc its runtime archive: tens of seconds to minutes.  `Notice` runs around
such a step.  On a terminal it animates one line (a spinner and the seconds
so far) and ends it with how long the step took; anywhere else (a log, a
pipe, CI) it prints one plain line and nothing more.  With `delay`, nothing
is shown unless the step outlasts it: the fallback for a cold cache that the
marker files did not predict.
"""

from __future__ import annotations

import shutil
import sys
import threading
import time

FRAMES = "|/-\\"


class Notice:
    def __init__(self, message: str, delay: float = 0.0, stream=None, animate: bool | None = None):
        self.message = message
        self.delay = delay
        self.stream = stream or sys.stderr
        self.animate = self.stream.isatty() if animate is None else animate
        self.shown = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._t0 = 0.0

    def __enter__(self):
        self._t0 = time.monotonic()
        if self.delay <= 0 and not self.animate:
            self._show_line()
        else:
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()
        return self

    def _show_line(self):
        self.stream.write(self.message + "\n")
        self.stream.flush()
        self.shown = True

    def _run(self):
        if self._stop.wait(self.delay):
            return
        if not self.animate:
            self._show_line()
            return
        self.shown = True
        i = 0
        while True:
            secs = time.monotonic() - self._t0
            tail = f" ({secs:.0f} s)"
            self.stream.write(f"\r{FRAMES[i % len(FRAMES)]} {fit(self.message, len(tail) + 2)}{tail}")
            self.stream.flush()
            i += 1
            if self._stop.wait(0.2):
                return

    def __exit__(self, exc_type, exc, tb):
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        if self.animate and self.shown:
            secs = time.monotonic() - self._t0
            outcome = "done" if exc_type is None else "failed"
            tail = f": {outcome} in {secs:.0f} s"
            self.stream.write(f"\r\033[K{fit(self.message, len(tail))}{tail}\n")
            self.stream.flush()
        return False


def fit(message: str, reserved: int) -> str:
    """The message shortened (with "...") so that it and `reserved` more columns fit on one
    terminal line: a line that wraps cannot be redrawn in place by "\\r"."""
    room = shutil.get_terminal_size((80, 24)).columns - 1 - reserved
    if len(message) <= room:
        return message
    return message[:max(room - 3, 0)] + "..."
