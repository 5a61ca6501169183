"""getopt, as CPython's: getopt(args, shortopts, longopts) and GetoptError.

Options are parsed the Unix way: `-a`, `-abc` (several flags), `-ofile` or `-o file`
for an option followed by `:` in shortopts, `--name`, `--name=value` or `--name value`
for a long option followed by `=` in longopts, where any unique prefix of a long
option names it.  Parsing stops at the first argument that is not an option, and
after `--`.  Errors raise GetoptError with CPython's messages; `str(e)` is the message,
and `e.msg` and `e.opt` the message and the option.

longopts is a list of str (CPython also takes one str).  Not here, refused by name:
gnu_getopt (it reads POSIXLY_CORRECT from the environment) and `getopt.error`.
"""


class GetoptError(Exception):
    def __init__(self, msg: str, opt: str = ""):
        super().__init__(msg, opt)
        self.msg = msg
        self.opt = opt

    def __str__(self):
        return self.msg


def getopt(args: list[str], shortopts: str, longopts: list[str] = []):
    opts: list[tuple[str, str]] = []
    rest = list(args)
    while rest and rest[0].startswith("-") and rest[0] != "-":
        if rest[0] == "--":
            rest = rest[1:]
            break
        if rest[0].startswith("--"):
            rest = _long_option(opts, rest[0][2:], longopts, rest[1:])
        else:
            rest = _short_options(opts, rest[0][1:], shortopts, rest[1:])
    return opts, rest


def _long_option(opts: list[tuple[str, str]], text: str, longopts: list[str], rest: list[str]) -> list[str]:
    """--name[=value]: appended to opts; the arguments after it (its value may be the first)."""
    i = text.find("=")
    name = text if i < 0 else text[:i]
    matches = [o for o in longopts if o.startswith(name)]
    if not matches:
        raise GetoptError("option --" + name + " not recognized", name)
    if name in matches:
        takes_value = False
    elif name + "=" in matches:
        takes_value = True
    elif len(matches) > 1:
        raise GetoptError("option --" + name + " not a unique prefix", name)
    else:
        takes_value = matches[0].endswith("=")
        name = matches[0][:-1] if takes_value else matches[0]
    value = "" if i < 0 else text[i + 1:]
    if takes_value:
        if i < 0:
            if not rest:
                raise GetoptError("option --" + name + " requires argument", name)
            value = rest[0]
            rest = rest[1:]
    elif i >= 0:
        raise GetoptError("option --" + name + " must not have an argument", name)
    opts.append(("--" + name, value))
    return rest


def _short_options(opts: list[tuple[str, str]], text: str, shortopts: str, rest: list[str]) -> list[str]:
    """-abc, -ovalue, -o value: appended to opts; the arguments after them."""
    while text != "":
        opt = text[0]
        text = text[1:]
        value = ""
        if _takes_value(opt, shortopts):
            if text == "":
                if not rest:
                    raise GetoptError("option -" + opt + " requires argument", opt)
                text = rest[0]
                rest = rest[1:]
            value = text
            text = ""
        opts.append(("-" + opt, value))
    return rest


def _takes_value(opt: str, shortopts: str) -> bool:
    for i in range(len(shortopts)):
        if opt == shortopts[i] and opt != ":":
            return shortopts.startswith(":", i + 1)
    raise GetoptError("option -" + opt + " not recognized", opt)
