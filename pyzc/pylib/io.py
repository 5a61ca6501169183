"""io.StringIO, as CPython's: an in-memory text stream over a str.

The text is one str and a position, in code points as CPython counts and in bytes of the
str's UTF-8, so that reading a str that is not ASCII never walks it from its start: the
readers call _json's byte-offset helpers (the ones pylib/json.py's decoder uses).  write()
at the end appends (pyzc's `s += t` is linear: the runtime extends a string in place when
nothing else ends where it does), elsewhere it overwrites, padding with NULs past the end,
as CPython's does.
Reading splits lines at "\\n" only: CPython's default newline="\\n" translates nothing.
print(..., file=buf) calls buf.write with each piece (ir/build_files.py), as CPython does
with any object that has a write method; json.dump and json.load take one too.

Refused by name: every other member of io (BytesIO, TextIOWrapper, open...), and
newline= other than the default (the keyword is not a parameter here).
"""

import _json

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def _closed():
    raise ValueError("I/O operation on closed file")


def _not_a_str(s):
    raise TypeError(f"string argument expected, got '{type(s).__name__}'")


class StringIO:
    def __init__(self, initial_value=""):
        self._buf = initial_value
        self._pos = 0  # in code points, as CPython counts
        self._bpos = 0  # the same position in bytes of _buf's UTF-8 (past the end: the end + the gap)
        self.closed = False

    def _seek_to(self, pos):
        self._pos = pos
        n = len(self._buf)
        if pos <= n:
            self._bpos = _json._advance(self._buf, 0, pos)
        else:
            self._bpos = _json._byte_len(self._buf) + pos - n

    def getvalue(self):
        if self.closed:
            _closed()
        return self._buf

    def write(self, s):
        if self.closed:
            _closed()
        if not isinstance(s, str):  # decided when compiling: only the error is compiled for another type
            _not_a_str(s)
            return 0
        n = len(s)
        end = len(self._buf)
        if self._pos == end:
            self._buf += s
        elif self._pos > end:
            self._buf += "\0" * (self._pos - end) + s
        else:
            self._buf = self._buf[:self._pos] + s + self._buf[self._pos + n:]
        self._pos += n
        self._bpos += _json._byte_len(s)
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        if self.closed:
            _closed()
        total = _json._byte_len(self._buf)
        if self._bpos >= total:
            return ""
        end = total if size < 0 else _json._advance(self._buf, self._bpos, size)
        text = _json._slice(self._buf, self._bpos, end)
        self._bpos = end
        self._pos += len(text)
        return text

    def readline(self, size=-1):
        if self.closed:
            _closed()
        total = _json._byte_len(self._buf)
        if self._bpos >= total:
            return ""
        end = _json._find_byte(self._buf, self._bpos, 10)
        if end < total:
            end += 1
        if size >= 0:
            end = min(end, _json._advance(self._buf, self._bpos, size))
        line = _json._slice(self._buf, self._bpos, end)
        self._bpos = end
        self._pos += len(line)
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        if self.closed:
            _closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        if self.closed:
            _closed()
        return self._pos

    def seek(self, pos, whence=0):
        if self.closed:
            _closed()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._seek_to(pos)
        elif whence == 1 or whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks" if whence == 1 else
                              "Can't do nonzero end-relative seeks")
            if whence == 2:
                self._seek_to(len(self._buf))
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=-1):
        if self.closed:
            _closed()
        if size < 0:
            size = self._pos
        if size < len(self._buf):
            self._buf = self._buf[:size]
            self._seek_to(self._pos)
        return size

    def readable(self):
        if self.closed:
            _closed()
        return True

    def writable(self):
        if self.closed:
            _closed()
        return True

    def seekable(self):
        if self.closed:
            _closed()
        return True

    def flush(self):
        if self.closed:
            _closed()

    def close(self):
        self.closed = True

    def __enter__(self):
        if self.closed:
            _closed()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.closed = True

