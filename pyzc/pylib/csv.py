"""csv, as CPython 3.11's for the default dialect: reader, writer, DictReader, DictWriter.

reader() is CPython's state machine (Modules/_csv.c) over the lines of any iterable of
strs (a file, a list of lines): quoted fields with doubled quotes, delimiters and
newlines inside quotes, a field that goes on over several lines, an empty line giving
[], and its errors (csv.Error: a newline inside an unquoted field).  The
writer quotes as QUOTE_MINIMAL does (a field holding the delimiter, the quote char or a
character of the line terminator; a row of one empty field is written ""), or every
field with QUOTE_ALL, and ends each row with "\\r\\n".  Its rows may hold any values:
each is written as str() writes it, None as "".

Options: delimiter, quotechar, lineterminator (writer) and quoting (QUOTE_MINIMAL or
QUOTE_ALL); the dialect is "excel".  DictReader's rows are dict[str, str]: a row with
fewer fields than the header gets restval, which must then be a str (CPython's default
None cannot be a str value): without one, such a row raises ValueError; a row with more
fields than the header raises ValueError too (CPython puts the rest in a list under
restkey).  Not here, refused by name: Sniffer, Dialect, register_dialect and the other
dialect functions, QUOTE_NONNUMERIC, QUOTE_NONE, field_size_limit.
"""

QUOTE_MINIMAL = 0
QUOTE_ALL = 1

_START_RECORD = 0
_START_FIELD = 1
_IN_FIELD = 2
_IN_QUOTED_FIELD = 3
_QUOTE_IN_QUOTED_FIELD = 4
_EAT_CRNL = 5
_EOL = ""  # the end of one line, as _csv.c's EOL


class Error(Exception):
    pass


class _Parser:
    """The state of one reader: the fields of the record being read."""

    def __init__(self, delimiter: str, quotechar: str):
        self.delimiter = delimiter
        self.quotechar = quotechar
        self.state = _START_RECORD
        self.fields: list[str] = []
        self.field: list[str] = []
        self.field_len = 0

    def save_field(self):
        self.fields.append("".join(self.field))
        self.field = []
        self.field_len = 0

    def add_char(self, c: str):
        self.field.append(c)
        self.field_len += 1

    def end_field(self, c: str):
        self.save_field()
        self.state = _START_RECORD if c == _EOL else _EAT_CRNL

    def process(self, c: str):
        state = self.state
        if state == _START_RECORD:
            if c == _EOL:
                return
            if c == "\n" or c == "\r":
                self.state = _EAT_CRNL
                return
            self.state = _START_FIELD
            state = _START_FIELD
        if state == _START_FIELD:
            if c == "\n" or c == "\r" or c == _EOL:
                self.end_field(c)
            elif c == self.quotechar:
                self.state = _IN_QUOTED_FIELD
            elif c == self.delimiter:
                self.save_field()
            else:
                self.add_char(c)
                self.state = _IN_FIELD
        elif state == _IN_FIELD:
            if c == "\n" or c == "\r" or c == _EOL:
                self.end_field(c)
            elif c == self.delimiter:
                self.save_field()
                self.state = _START_FIELD
            else:
                self.add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c == _EOL:
                pass
            elif c == self.quotechar:
                self.state = _QUOTE_IN_QUOTED_FIELD
            else:
                self.add_char(c)
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if c == self.quotechar:
                self.add_char(c)
                self.state = _IN_QUOTED_FIELD
            elif c == self.delimiter:
                self.save_field()
                self.state = _START_FIELD
            elif c == "\n" or c == "\r" or c == _EOL:
                self.end_field(c)
            else:
                self.add_char(c)
                self.state = _IN_FIELD
        else:
            if c == "\n" or c == "\r":
                pass
            elif c == _EOL:
                self.state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")


def _check_char(name: str, c: str):
    if len(c) != 1:
        raise TypeError('"' + name + '" must be a 1-character string')


def reader(csvfile, dialect: str = "excel", delimiter: str = ",", quotechar: str = '"'):
    _check_char("delimiter", delimiter)
    _check_char("quotechar", quotechar)
    p = _Parser(delimiter, quotechar)
    for line in csvfile:
        for c in line:
            p.process(c)
        p.process(_EOL)
        if p.state == _START_RECORD:
            row = p.fields
            p.fields = []
            yield row
    if p.field_len != 0 or p.state == _IN_QUOTED_FIELD:
        p.save_field()
        yield p.fields


def _text(value) -> str:
    if value is None:
        return ""
    return str(value)


class _Quoting:
    def __init__(self, delimiter: str, quotechar: str, lineterminator: str, quoting: int):
        _check_char("delimiter", delimiter)
        _check_char("quotechar", quotechar)
        if quoting != QUOTE_MINIMAL and quoting != QUOTE_ALL:
            raise TypeError("bad \"quoting\" value")
        self.delimiter = delimiter
        self.quotechar = quotechar
        self.lineterminator = lineterminator
        self.quoting = quoting

    def field(self, text: str, only: bool) -> str:
        quoted = self.quoting == QUOTE_ALL or (only and text == "")
        if not quoted:
            for c in text:
                if c == self.delimiter or c == self.quotechar or c in self.lineterminator:
                    quoted = True
                    break
        if not quoted:
            return text
        q = self.quotechar
        return q + text.replace(q, q + q) + q

    def line(self, fields: list[str]) -> str:
        out = [self.field(f, len(fields) == 1) for f in fields]
        return self.delimiter.join(out) + self.lineterminator


class writer:
    def __init__(self, csvfile, dialect: str = "excel", delimiter: str = ",", quotechar: str = '"',
                 lineterminator: str = "\r\n", quoting: int = QUOTE_MINIMAL):
        self.out = csvfile
        self.q = _Quoting(delimiter, quotechar, lineterminator, quoting)

    def writerow(self, row) -> int:
        return self.out.write(self.q.line([_text(v) for v in row]))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


class DictWriter:
    def __init__(self, f, fieldnames: list[str], restval: str = "", extrasaction: str = "raise",
                 dialect: str = "excel", delimiter: str = ",", quotechar: str = '"', lineterminator: str = "\r\n",
                 quoting: int = QUOTE_MINIMAL):
        if extrasaction != "raise" and extrasaction != "ignore":
            raise ValueError("extrasaction (" + extrasaction + ") must be 'raise' or 'ignore'")
        self.out = f
        self.fieldnames = fieldnames
        self.restval = restval
        self.extrasaction = extrasaction
        self.q = _Quoting(delimiter, quotechar, lineterminator, quoting)

    def writeheader(self) -> int:
        return self.out.write(self.q.line(self.fieldnames))

    def writerow(self, rowdict) -> int:
        if self.extrasaction == "raise":
            wrong = [repr(k) for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join(wrong))
        fields = [_text(rowdict[k]) if k in rowdict else self.restval for k in self.fieldnames]
        return self.out.write(self.q.line(fields))

    def writerows(self, rowdicts):
        for row in rowdicts:
            self.writerow(row)


def DictReader(f, fieldnames: list[str] = [], restval: str = "\0", dialect: str = "excel",
               delimiter: str = ",", quotechar: str = '"'):
    names = list(fieldnames)
    for row in reader(f, dialect, delimiter, quotechar):
        if not names:
            names = row
            continue
        if not row:
            continue
        if len(row) > len(names):
            raise ValueError("pyzc: csv.DictReader row with more fields than fieldnames (CPython keeps the rest "
                             "under restkey)")
        if len(row) < len(names) and restval == "\0":
            raise ValueError("pyzc: csv.DictReader row with fewer fields than fieldnames and no str restval "
                             "(CPython gives None)")
        d: dict[str, str] = {}
        for i in range(len(names)):
            d[names[i]] = row[i] if i < len(row) else restval
        yield d
