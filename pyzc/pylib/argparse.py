"""argparse, as CPython 3.11's: ArgumentParser, its parsing, --help, and its errors.

CPython's parse_args() returns a Namespace whose attributes are set by name at run time.
pyzc types every place statically, so the front end (frontend/argparse_calls.py) reads each
`parser.add_argument(...)` call, whose arguments must be constants, and writes:
- `parser._add(...)` with the argument's description spelled out in plain strs and
  bools (type=int is "int", nargs=2 is "2", a default is its str for %(default)s);
- a class with one typed field per dest, whose __init__ converts the strings this
  module collected (`_Parsed`) as CPython's actions would (store, store_const,
  store_true/false, append, append_const, extend, count), and prints as Namespace(...).
So this module never holds a parsed value of the program's types: it matches the
command line against the arguments (CPython's algorithm: a pattern of O, A and - for
the argument strings, matched greedily per nargs), checks each value as the type and
choices would, and records for each argument the strings of each time it was given.

The help and usage text is CPython's HelpFormatter's: the width is $COLUMNS, else the
terminal's, else 80, minus 2; usage lines wrapped as CPython wraps them; help texts
filled by textwrap.  Errors print the usage and `prog: error: message` to stderr and
exit with status 2.

Argument groups are help sections (`sections`), mutually exclusive groups lists of their
actions (`mutex_members`), made by `_group` and `_mutex` where the program adds them.

Subcommands are parsers of their own (`subparsers`); the action of add_subparsers() takes the
rest of the command line and hands it to the chosen one (`_Parsed.subs`, `chosen`).

Not here, refused by name: aliases of subcommands, parse_intermixed_args, set_defaults, FileType, custom Action classes, type= other than int,
float and str (frontend/argparse_calls.py lists them).
"""

import os
import sys
import textwrap

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"


class HelpFormatter:
    """Named by formatter_class=: the front end reads which one (the parser's `formatter` str)."""


class RawDescriptionHelpFormatter(HelpFormatter):
    pass


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    pass


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    pass


class ArgumentError(Exception):
    def __init__(self, argument_name: str, message: str):
        super().__init__(message)
        self.argument_name = argument_name
        self.message = message

    def __str__(self):
        if self.argument_name == "":
            return self.message
        return "argument " + self.argument_name + ": " + self.message


class BooleanOptionalAction:
    """Named by action=: --x and --no-x (the front end reads it)."""


class ArgumentTypeError(Exception):
    """Raised by a type= function: its message follows "argument X: " in the error."""


class _Action:
    """One add_argument() call, as the front end spelled it out."""

    def __init__(self, options: list[str], dest: str, kind: str, nargs: str, type_name: str,
                 choices: list[str], choice_strs: list[str], choice_keys: list[str], has_choices: bool,
                 required: bool, help: str, has_help: bool, metavar: str, has_metavar: bool,
                 default_str: str, default_suppressed: bool, const_str: str, version: str, section: int, mutex: int):
        self.options = options
        self.dest = dest
        self.kind = kind
        self.nargs = nargs  # "" (one value), "?", "*", "+", "0" (a flag) or a count
        self.type_name = type_name  # "int", "float", "str" or "" (none given)
        self.choices = choices  # the reprs, for "invalid choice: ... (choose from ...)"
        self.choice_strs = choice_strs  # the strs, for {a,b} and %(choices)s
        self.choice_keys = choice_keys  # what a value must equal once converted (repr of int/float/str)
        self.has_choices = has_choices
        self.required = required
        self.help = help
        self.has_help = has_help
        self.metavar = metavar
        self.has_metavar = has_metavar
        self.default_str = default_str
        self.default_suppressed = default_suppressed
        self.const_str = const_str
        self.version = version
        self.section = section  # the help section it is listed in: 0 positional arguments, 1 options, then groups
        self.mutex = mutex  # its mutually exclusive group, or -1

    def name(self) -> str:
        """CPython's _get_action_name."""
        if self.options:
            return "/".join(self.options)
        if self.has_metavar and self.metavar != SUPPRESS:
            return self.metavar
        if self.dest == SUPPRESS and self.has_choices:
            return "{" + ",".join(self.choice_strs) + "}"
        return self.dest


class _Parsed:
    """What parse_args() found: per argument, the strings of each time it was taken."""

    def __init__(self, count: int):
        self.occ: list[list[list[str]]] = [[] for _ in range(count)]
        self.given: list[bool] = [False for _ in range(count)]  # taken with a value not the default
        self.extras: list[str] = []
        self.subs: list[_Parsed] = []  # per subcommand: what its parser found (nothing unless chosen)
        self.chosen = -1  # the subcommand chosen
        self.sub_extras: list[str] = []  # and the strings its parser left


def _no_check(s: str) -> str:
    """The converters' entry -1, so that a parser without any still knows their type."""
    return ""


def _squash(text: str) -> str:
    """CPython's re.sub(r'\\s+', ' ', text, flags=re.ASCII).strip()."""
    out: list[str] = []
    space = False
    for c in text:
        if c in " \t\n\r\x0b\x0c":
            space = True
        else:
            if space and out:
                out.append(" ")
            space = False
            out.append(c)
    return "".join(out)


def _terminal_width() -> int:
    return sys._terminal_columns()  # type: ignore[attr-defined]  # pyzc's own (runtime_c/rt.c), for this module only


def _looks_negative(s: str) -> bool:
    """'^-\\d+$|^-\\d*\\.\\d+$'"""
    if len(s) < 2 or s[0] != "-":
        return False
    body = s[1:]
    dot = body.find(".")
    if dot < 0:
        return _all_digits(body) and body != ""
    return _all_digits(body[:dot]) and _all_digits(body[dot + 1:]) and body[dot + 1:] != ""


def _all_digits(s: str) -> bool:
    for c in s:
        if not c.isdigit():
            return False
    return True


def _usage_parts(text: str) -> list[str]:
    """re.findall(r'\\(.*?\\)+(?=\\s|$)|\\[.*?\\]+(?=\\s|$)|\\S+', text), as CPython splits usage."""
    out: list[str] = []
    n = len(text)
    i = 0
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        end = -1
        if text[i] == "(" or text[i] == "[":
            close = ")" if text[i] == "(" else "]"
            j = i + 1
            while j < n and end < 0:
                if text[j] == close:
                    k = j
                    while k < n and text[k] == close:
                        k += 1
                    if k == n or text[k].isspace():
                        end = k
                j += 1
        if end < 0:
            end = i
            while end < n and not text[end].isspace():
                end += 1
        out.append(text[i:end])
        i = end
    return out


def _fill(text: str, width: int, indent: str) -> str:
    return textwrap.fill(_squash(text), width, initial_indent=indent, subsequent_indent=indent)


class ArgumentParser:
    def __init__(self, prog: str = "", usage: str = "", description: str = "", epilog: str = "",
                 add_help: bool = True, allow_abbrev: bool = True, formatter: str = ""):
        self.prog = prog if prog != "" else os.path.basename(sys.argv[0])
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.allow_abbrev = allow_abbrev
        self.formatter = formatter  # "", "raw_description", "raw_text" or "defaults"
        self.actions: list[_Action] = []
        self.option_names: list[str] = []  # every option string, in the order added
        self.option_actions: list[int] = []  # and the action each names
        self.negative_options = False
        self.sections: list[str] = ["positional arguments", "options"]  # the help sections' titles
        self.section_texts: list[str] = ["", ""]  # and descriptions
        self.mutex_required: list[bool] = []  # per mutually exclusive group
        self.mutex_members: list[list[int]] = []  # its actions
        self.subparsers: list[ArgumentParser] = []  # add_subparsers(): a parser per subcommand
        self.sub_prog = ""  # the prog their names follow
        self.converters = {-1: _no_check}  # per action with type= a function: one that gives its error message, or ""
        self.sub_helps: list[tuple[str, str, bool]] = []  # (name, help, help not None) of those added with help=
        if add_help:
            self._add(["-h", "--help"], "help", "help", "0", "", [], [], [], False, False,
                      "show this help message and exit", True, "", False, SUPPRESS, True, "", "")

    def _group(self, title: str, description: str) -> int:
        """add_argument_group(): the index of its help section."""
        self.sections.append(title)
        self.section_texts.append(description)
        return len(self.sections) - 1

    def _mutex(self, required: bool) -> int:
        """add_mutually_exclusive_group(): its index."""
        self.mutex_required.append(required)
        self.mutex_members.append([])
        return len(self.mutex_required) - 1

    def _subparsers(self, title: str, description: str, grouped: bool, dest: str, required: bool, help: str,
                    has_help: bool, metavar: str, has_metavar: bool) -> int:
        """add_subparsers(): the index of its action (a positional taking the rest of the line)."""
        section = self._group(title if title != "" else "subcommands", description) if grouped else 0
        if self.usage != "":
            self.sub_prog = self.usage.replace("%(prog)s", self.prog)
        else:
            positionals = [i for i in range(len(self.actions)) if not self.actions[i].options]
            self.sub_prog = (self.prog + " " + self._usage_of(positionals)).strip()
        index = len(self.actions)
        self._add([], dest, "parsers", "A...", "", [], [], [], True, required, help, has_help, metavar, has_metavar,
                  "None", False, "None", "", section, -1)
        return index

    def _add_parser(self, action: int, name: str, listed: bool, help: str, has_help: bool, description: str, epilog: str):
        """subparsers.add_parser(name): a parser of its own, prog "<prog> name"."""
        a = self.actions[action]
        if name in a.choice_strs:
            raise ArgumentError(a.name(), "conflicting subparser: " + name)
        sub = ArgumentParser(self.sub_prog + " " + name, "", description, epilog)
        self.subparsers.append(sub)
        a.choices.append(repr(name))
        a.choice_strs.append(name)
        a.choice_keys.append(repr(name))
        if listed:
            self.sub_helps.append((name, help, has_help))
        return sub

    def _add(self, options: list[str], dest: str, kind: str, nargs: str, type_name: str,
             choices: list[str], choice_strs: list[str], choice_keys: list[str], has_choices: bool,
             required: bool, help: str, has_help: bool, metavar: str, has_metavar: bool,
             default_str: str, default_suppressed: bool, const_str: str, version: str,
             section: int = -1, mutex: int = -1, convert=None):
        index = len(self.actions)
        if section < 0:
            section = 1 if options else 0
        if convert is not None:  # type= a function of the program: tried as each value is taken
            self.converters[index] = convert
        if mutex >= 0:
            self.mutex_members[mutex].append(index)
        for o in options:
            if o in self.option_names:
                raise ArgumentError("/".join(options), "conflicting option string: " + o)
        self.actions.append(_Action(options, dest, kind, nargs, type_name, choices, choice_strs, choice_keys,
                                    has_choices, required, help, has_help, metavar, has_metavar,
                                    default_str, default_suppressed, const_str, version, section, mutex))
        for o in options:
            self.option_names.append(o)
            self.option_actions.append(index)
            if _looks_negative(o):
                self.negative_options = True

    # ------------------------------------------------------------ parsing
    def _parse_sys(self) -> _Parsed:
        return self._parse(sys.argv[1:])

    def _parse(self, args: list[str]) -> _Parsed:
        parsed = self._parse_known(args)
        if parsed.extras:
            self.error("unrecognized arguments: " + " ".join(parsed.extras))
        return parsed

    def _parse_known_sys(self) -> _Parsed:
        return self._parse_known(sys.argv[1:])

    def _parse_known(self, args: list[str]) -> _Parsed:
        """parse_known_args(): the arguments, and in extras the strings no argument took."""
        parsed = _Parsed(len(self.actions))
        parsed.subs = [_Parsed(len(sub.actions)) for sub in self.subparsers]
        try:
            parsed.extras = self._match_all(list(args), parsed)
            parsed.extras += parsed.sub_extras
        except ArgumentError as err:
            self.error(str(err))
        return parsed

    def _option_index(self, name: str) -> int:
        for k in range(len(self.option_names)):
            if self.option_names[k] == name:
                return self.option_actions[k]
        return -1

    def _parse_optional(self, arg: str) -> tuple[int, str, str, bool]:
        """CPython's _parse_optional: (action or -1 for unknown, option string, explicit arg, has one);
        the action is -2 when the string is a positional."""
        if arg == "" or arg[0] != "-":
            return (-2, "", "", False)
        i = self._option_index(arg)
        if i >= 0:
            return (i, arg, "", False)
        if len(arg) == 1:
            return (-2, "", "", False)
        if "=" in arg:
            eq = arg.find("=")
            i = self._option_index(arg[:eq])
            if i >= 0:
                return (i, arg[:eq], arg[eq + 1:], True)
        found = self._option_tuples(arg)
        if len(found) > 1:
            names = ", ".join([t[1] for t in found])
            self.error("ambiguous option: " + arg + " could match " + names)
        elif len(found) == 1:
            return found[0]
        if _looks_negative(arg) and not self.negative_options:
            return (-2, "", "", False)
        if " " in arg:
            return (-2, "", "", False)
        return (-1, arg, "", False)

    def _option_tuples(self, arg: str) -> list[tuple[int, str, str, bool]]:
        out: list[tuple[int, str, str, bool]] = []
        if arg[1] == "-":
            if self.allow_abbrev:
                prefix = arg
                explicit = ""
                has = False
                if "=" in arg:
                    eq = arg.find("=")
                    prefix = arg[:eq]
                    explicit = arg[eq + 1:]
                    has = True
                for k in range(len(self.option_names)):
                    if self.option_names[k].startswith(prefix):
                        out.append((self.option_actions[k], self.option_names[k], explicit, has))
        else:
            short = arg[:2]
            for k in range(len(self.option_names)):
                name = self.option_names[k]
                if name == short:
                    out.append((self.option_actions[k], name, arg[2:], True))
                elif name.startswith(arg):
                    out.append((self.option_actions[k], name, "", False))
        return out

    def _ends(self, a: _Action, pattern: str, pos: int) -> list[int]:
        """Where the strings a takes from pattern[pos:] may end, in the order CPython's greedy
        regular expression for its nargs tries them."""
        n = len(pattern)
        out: list[int] = []
        if a.options:  # an option's values: A's only
            run = 0
            while pos + run < n and pattern[pos + run] == "A":
                run += 1
            if a.nargs == "":
                if run >= 1:
                    out.append(pos + 1)
            elif a.nargs == "?":
                if run >= 1:
                    out.append(pos + 1)
                out.append(pos)
            elif a.nargs == "*":
                for k in range(run, -1, -1):
                    out.append(pos + k)
            elif a.nargs == "+":
                for k in range(run, 0, -1):
                    out.append(pos + k)
            else:
                want = int(a.nargs)
                if run >= want:
                    out.append(pos + want)
            return out
        q = pos
        while q < n and pattern[q] == "-":
            q += 1
        if a.nargs == "A...":  # -*A[-AO]*: a subcommand and everything after it
            if q < n and pattern[q] == "A":
                for e in range(n, q, -1):
                    out.append(e)
        elif a.nargs == "*":
            run = 0
            while pos + run < n and pattern[pos + run] != "O":
                run += 1
            for k in range(run, -1, -1):
                out.append(pos + k)
        elif a.nargs == "+":
            if q < n and pattern[q] == "A":
                run = 0
                while q + 1 + run < n and pattern[q + 1 + run] != "O":
                    run += 1
                for k in range(run, -1, -1):
                    out.append(q + 1 + k)
        elif a.nargs == "?":
            if q < n and pattern[q] == "A":
                t = 0
                while q + 1 + t < n and pattern[q + 1 + t] == "-":
                    t += 1
                for k in range(t, -1, -1):
                    out.append(q + 1 + k)
            for e in range(q, pos - 1, -1):
                out.append(e)
        else:
            want = 1 if a.nargs == "" else int(a.nargs)
            e = pos
            got = 0
            while got < want:
                while e < n and pattern[e] == "-":
                    e += 1
                if e >= n or pattern[e] != "A":
                    return out
                e += 1
                got += 1
            t = 0
            while e + t < n and pattern[e + t] == "-":
                t += 1
            for k in range(t, -1, -1):
                out.append(e + k)
        return out

    def _match_from(self, acts: list[int], k: int, pattern: str, pos: int, counts: list[int]) -> bool:
        if k == len(acts):
            return True
        for end in self._ends(self.actions[acts[k]], pattern, pos):
            counts.append(end - pos)
            if self._match_from(acts, k + 1, pattern, end, counts):
                return True
            counts.pop()
        return False

    def _take(self, i: int, strings: list[str], parsed: _Parsed, seen: list[bool], option: str = ""):
        a = self.actions[i]
        seen[i] = True
        values = list(strings)
        if a.kind == "parsers":  # the subcommand's name, then what its own parser takes
            self._check_value(a, values[0])
            k = a.choice_strs.index(values[0])
            parsed.occ[i].append([values[0]])
            parsed.chosen = k
            parsed.subs[k] = self.subparsers[k]._parse_known(values[1:])
            parsed.sub_extras = parsed.subs[k].extras
            return
        if "--" in values:
            values.remove("--")
        for s in values:
            self._check_value(a, s)
        if a.mutex >= 0 and (values or a.options):  # CPython: a value that `is not` the default
            for j in self.mutex_members[a.mutex]:
                if j != i and parsed.given[j]:
                    raise ArgumentError(a.name(), "not allowed with argument " + self.actions[j].name())
        parsed.given[i] = self._given(a, values)
        if a.kind == "help":
            self.print_help()
            sys.exit(0)
        if a.kind == "version":
            text = a.version.replace("%(prog)s", self.prog)
            sys.stdout.write(textwrap.fill(_squash(text), max(_terminal_width() - 2, 11)) + "\n")
            sys.exit(0)
        if a.kind == "boolean_optional":
            values = [option]  # --x or --no-x: the namespace's value is which
        parsed.occ[i].append(values)

    def _given(self, a: _Action, values: list[str]) -> bool:
        """CPython's `argument_values is not action.default`: what a mutually exclusive group counts."""
        if values:
            return True
        if a.nargs == "?":
            return a.options != [] and a.const_str != a.default_str
        if a.nargs == "*" and not a.options:
            return a.default_str == "None"
        return True

    def _check_value(self, a: _Action, s: str):
        i = self.actions.index(a)
        if i in self.converters:
            message = self.converters[i](s)
            if message != "":
                raise ArgumentError(a.name(), message)
        shown = repr(s)
        if a.type_name == "int":
            try:
                shown = repr(int(s))
            except ValueError:
                raise ArgumentError(a.name(), "invalid int value: " + repr(s))
        elif a.type_name == "float":
            try:
                shown = repr(float(s))
            except ValueError:
                raise ArgumentError(a.name(), "invalid float value: " + repr(s))
        if a.has_choices and shown not in a.choice_keys:
            raise ArgumentError(a.name(), "invalid choice: " + shown + " (choose from " + ", ".join(a.choices) + ")")

    def _match_all(self, args: list[str], parsed: _Parsed) -> list[str]:
        found: dict[int, tuple[int, str, str, bool]] = {}
        marks: list[str] = []
        after_dashes = False
        for i in range(len(args)):
            if after_dashes:
                marks.append("A")
            elif args[i] == "--":
                marks.append("-")
                after_dashes = True
            else:
                t = self._parse_optional(args[i])
                if t[0] == -2:
                    marks.append("A")
                else:
                    found[i] = t
                    marks.append("O")
        pattern = "".join(marks)
        seen = [False for _ in self.actions]
        positionals = [i for i in range(len(self.actions)) if not self.actions[i].options]
        extras: list[str] = []
        start = 0
        last_option = max(found) if found else -1
        while start <= last_option:
            next_option = min([i for i in found if i >= start])
            if start != next_option:
                end = self._consume_positionals(positionals, args, pattern, start, parsed, seen)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in found:
                extras.extend(args[start:next_option])
                start = next_option
            start = self._consume_optional(found, args, pattern, start, parsed, seen, extras)
        stop = self._consume_positionals(positionals, args, pattern, start, parsed, seen)
        extras.extend(args[stop:])
        missing = [a.name() for k, a in enumerate(self.actions) if not seen[k] and a.required]
        if missing:
            self.error("the following arguments are required: " + ", ".join(missing))
        for m in range(len(self.mutex_required)):
            if self.mutex_required[m] and not any([parsed.given[j] for j in self.mutex_members[m]]):
                names = [self.actions[j].name() for j in self.mutex_members[m]
                         if not (self.actions[j].has_help and self.actions[j].help == SUPPRESS)]
                self.error("one of the arguments " + " ".join(names) + " is required")
        return extras

    def _consume_positionals(self, positionals: list[int], args: list[str], pattern: str, start: int,
                             parsed: _Parsed, seen: list[bool]) -> int:
        counts: list[int] = []
        for n in range(len(positionals), 0, -1):
            counts = []
            if self._match_from(positionals[:n], 0, pattern[start:], 0, counts):
                break
        for k in range(len(counts)):
            self._take(positionals[k], args[start:start + counts[k]], parsed, seen)
            start += counts[k]
        del positionals[:len(counts)]
        return start

    def _consume_optional(self, found: dict[int, tuple[int, str, str, bool]], args: list[str], pattern: str,
                          start: int, parsed: _Parsed, seen: list[bool], extras: list[str]) -> int:
        i, option, explicit, has_explicit = found[start]
        taken: list[tuple[int, list[str], str]] = []
        stop = start + 1
        while True:
            if i == -1:
                extras.append(args[start])
                return start + 1
            a = self.actions[i]
            if has_explicit:
                count = self._match_one(a, "A")
                if count == 0 and option[1] != "-" and explicit != "":
                    no_values: list[str] = []  # (a pyzc bug: `(i, [])` appended here gave a list[int])
                    taken.append((i, no_values, option))
                    option = option[0] + explicit[0]
                    rest = explicit[1:]
                    j = self._option_index(option)
                    if j < 0:
                        raise ArgumentError(a.name(), "ignored explicit argument " + repr(explicit))
                    i = j
                    explicit = rest
                    has_explicit = rest != ""
                elif count == 1:
                    stop = start + 1
                    taken.append((i, [explicit], option))
                    break
                else:
                    raise ArgumentError(a.name(), "ignored explicit argument " + repr(explicit))
            else:
                count = self._match_one(a, pattern[start + 1:])
                stop = start + 1 + count
                taken.append((i, args[start + 1:stop], option))
                break
        for t in taken:
            self._take(t[0], t[1], parsed, seen, t[2])
        return stop

    def _match_one(self, a: _Action, pattern: str) -> int:
        ends = self._ends(a, pattern, 0)
        if ends:
            return ends[0]
        if a.nargs == "":
            message = "expected one argument"
        elif a.nargs == "?":
            message = "expected at most one argument"
        elif a.nargs == "+":
            message = "expected at least one argument"
        else:
            message = "expected " + a.nargs + (" argument" if a.nargs == "1" else " arguments")
        raise ArgumentError(a.name(), message)

    # ------------------------------------------------------------ help
    def _metavar(self, a: _Action, default: str) -> str:
        if a.has_metavar:
            return a.metavar
        if a.has_choices:
            return "{" + ",".join(a.choice_strs) + "}"
        return default

    def _format_args(self, a: _Action, default: str) -> str:
        m = self._metavar(a, default)
        if a.nargs == "":
            return m
        if a.nargs == "?":
            return "[" + m + "]"
        if a.nargs == "*":
            return "[" + m + " ...]"
        if a.nargs == "+":
            return m + " [" + m + " ...]"
        if a.nargs == "A...":
            return m + " ..."
        return " ".join([m for _ in range(int(a.nargs))])

    def _invocation(self, a: _Action) -> str:
        if not a.options:
            return self._metavar(a, a.dest)
        if a.nargs == "0":
            return ", ".join(a.options)
        args = self._format_args(a, a.dest.upper())
        return ", ".join([o + " " + args for o in a.options])

    def _usage_of(self, acts: list[int]) -> str:
        """CPython's _format_actions_usage: the actions' parts, a mutually exclusive group's in [a | b]."""
        inserts: dict[int, str] = {}
        grouped = [False for _ in self.actions]
        for m in range(len(self.mutex_members)):
            members = self.mutex_members[m]
            if not members or members[0] not in acts:
                continue
            start = acts.index(members[0])
            end = start + len(members)
            if acts[start:end] != members:
                continue
            exposed = 0
            for j in members:
                grouped[j] = True
                if not self._suppressed(self.actions[j]):
                    exposed += 1
            if not self.mutex_required[m]:
                inserts[start] = inserts[start] + " [" if start in inserts else "["
                inserts[end] = inserts[end] + "]" if end in inserts else "]"
            elif exposed > 1:
                inserts[start] = inserts[start] + " (" if start in inserts else "("
                inserts[end] = inserts[end] + ")" if end in inserts else ")"
            for k in range(start + 1, end):
                inserts[k] = "|"
        parts: list[str] = []
        present: list[bool] = []
        for k in range(len(acts)):
            a = self.actions[acts[k]]
            if self._suppressed(a):
                parts.append("")
                present.append(False)
                if inserts.get(k, "") == "|":
                    del inserts[k]
                elif inserts.get(k + 1, "") == "|":
                    del inserts[k + 1]
                continue
            if not a.options:
                part = self._format_args(a, a.dest)
                if grouped[acts[k]] and part.startswith("[") and part.endswith("]"):
                    part = part[1:-1]
            else:
                if a.kind == "boolean_optional":
                    part = " | ".join(a.options)
                elif a.nargs == "0":
                    part = a.options[0]
                else:
                    part = a.options[0] + " " + self._format_args(a, a.dest.upper())
                if not a.required and not grouped[acts[k]]:
                    part = "[" + part + "]"
            parts.append(part)
            present.append(True)
        for k in sorted(inserts, reverse=True):
            parts.insert(k, inserts[k])
            present.insert(k, True)
        text = " ".join([parts[k] for k in range(len(parts)) if present[k]])
        return _tidy_brackets(text).strip()

    def _suppressed(self, a: _Action) -> bool:
        return a.has_help and a.help == SUPPRESS

    def _usage_text(self, width: int) -> str:
        prefix = "usage: "
        if self.usage != "":
            return prefix + self.usage.replace("%(prog)s", self.prog)
        optionals = [i for i in range(len(self.actions)) if self.actions[i].options]
        positionals = [i for i in range(len(self.actions)) if not self.actions[i].options]
        action_usage = self._usage_of(optionals + positionals)
        usage = self.prog + " " + action_usage if action_usage != "" else self.prog
        if len(prefix) + len(usage) <= width:
            return prefix + usage
        opt_parts = _usage_parts(self._usage_of(optionals))
        pos_parts = _usage_parts(self._usage_of(positionals))
        if len(prefix) + len(self.prog) <= 0.75 * width:
            indent = " " * (len(prefix) + len(self.prog) + 1)
            if opt_parts:
                lines = _usage_lines([self.prog] + opt_parts, indent, prefix, width)
                lines.extend(_usage_lines(pos_parts, indent, "", width))
            elif pos_parts:
                lines = _usage_lines([self.prog] + pos_parts, indent, prefix, width)
            else:
                lines = [self.prog]
        else:
            indent = " " * len(prefix)
            lines = _usage_lines(opt_parts + pos_parts, indent, "", width)
            if len(lines) > 1:
                lines = _usage_lines(opt_parts, indent, "", width)
                lines.extend(_usage_lines(pos_parts, indent, "", width))
            lines = [self.prog] + lines
        return prefix + "\n".join(lines)

    def format_usage(self) -> str:
        return self._usage_text(_terminal_width() - 2) + "\n"

    def _help_of(self, a: _Action) -> str:
        text = a.help
        if self.formatter == "defaults" and "%(default)" not in text and not a.default_suppressed:
            if a.options or a.nargs == "?" or a.nargs == "*":
                text += " (default: %(default)s)"
        if "%" not in text:
            return text
        out: list[str] = []
        i = 0
        while i < len(text):
            if text.startswith("%%", i):
                out.append("%")
                i += 2
                continue
            if text.startswith("%(", i):
                close = text.find(")s", i)
                if close > 0:
                    key = text[i + 2:close]
                    out.append(self._help_param(a, key))
                    i = close + 2
                    continue
            out.append(text[i])
            i += 1
        return "".join(out)

    def _help_param(self, a: _Action, key: str) -> str:
        if key == "prog":
            return self.prog
        if key == "default":
            return a.default_str
        if key == "dest":
            return a.dest
        if key == "choices":
            return ", ".join(a.choice_strs) if a.has_choices else "None"
        if key == "type":
            return a.type_name if a.type_name != "" else "None"
        if key == "metavar":
            return a.metavar if a.has_metavar else "None"
        if key == "const":
            return a.const_str
        if key == "required":
            return "True" if a.required else "False"
        if key == "nargs":
            return "None" if a.nargs == "" or a.nargs == "0" else a.nargs
        if key == "help":
            return a.help
        return "%(" + key + ")s"

    def _format_action(self, a: _Action, width: int, max_length: int, indent: int = 2) -> str:
        help_position = min(max_length + 2, min(24, max(width - 20, 4)))
        help_width = max(width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._invocation(a)
        indent_first = 0
        if not (a.has_help and a.help != ""):
            header = " " * indent + header + "\n"
        elif len(header) <= action_width:
            header = " " * indent + header + " " * (action_width - len(header)) + "  "
        else:
            header = " " * indent + header + "\n"
            indent_first = help_position
        parts = [header]
        if a.has_help and a.help.strip() != "":
            text = self._help_of(a)
            if text != "":
                if self.formatter == "raw_text":
                    lines = text.splitlines()
                else:
                    lines = textwrap.wrap(_squash(text), help_width)
                parts.append(" " * indent_first + (lines[0] if lines else "") + "\n")
                for line in lines[1:]:
                    parts.append(" " * help_position + line + "\n")
        elif not header.endswith("\n"):
            parts.append("\n")
        if a.kind == "parsers":
            for name, text, given in self.sub_helps:
                pseudo = _Action([], name, "store", "", "", [], [], [], False, False, text, given, "", False,
                                 "None", False, "None", "", 0, -1)
                parts.append(self._format_action(pseudo, width, max_length, indent + 2))
        return "".join(parts)

    def _text(self, text: str, width: int) -> str:
        if text == "" or text == SUPPRESS:
            return ""
        text = text.replace("%(prog)s", self.prog)
        if self.formatter == "raw_description" or self.formatter == "raw_text":
            return text + "\n\n"
        return _fill(text, max(width, 11), "") + "\n\n"

    def _section(self, k: int, width: int, max_length: int) -> str:
        items = ""
        if self.section_texts[k] != "" and self.section_texts[k] != SUPPRESS:
            text = self.section_texts[k].replace("%(prog)s", self.prog)
            if self.formatter == "raw_description" or self.formatter == "raw_text":
                items += "".join(["  " + line for line in text.splitlines(True)]) + "\n\n"
            else:
                items += _fill(text, max(width - 2, 11), "  ") + "\n\n"
        items += "".join([self._format_action(a, width, max_length) for a in self.actions
                          if a.section == k and not self._suppressed(a)])
        if items == "":
            return ""
        heading = self.sections[k] + ":\n" if self.sections[k] != "" and self.sections[k] != SUPPRESS else ""
        return "\n" + heading + items + "\n"

    def format_help(self) -> str:
        width = _terminal_width() - 2
        max_length = 0
        for a in self.actions:
            if not self._suppressed(a):
                max_length = max(max_length, len(self._invocation(a)) + 2)
                if a.kind == "parsers":
                    for name, _text, _given in self.sub_helps:
                        max_length = max(max_length, len(name) + 2)
        text = self._usage_text(width) + "\n\n"
        text += self._text(self.description, width)
        for k in range(len(self.sections)):
            text += self._section(k, width, max_length)
        text += self._text(self.epilog, width)
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
        return text.strip("\n") + "\n"

    def print_usage(self, file=None):
        if file is None:
            sys.stdout.write(self.format_usage())
        else:
            file.write(self.format_usage())

    def print_help(self, file=None):
        if file is None:
            sys.stdout.write(self.format_help())
        else:
            file.write(self.format_help())

    def exit(self, status: int = 0, message: str = ""):
        if message != "":
            sys.stderr.write(message)
        sys.exit(status)

    def error(self, message: str):
        sys.stderr.write(self.format_usage())
        sys.stderr.write(self.prog + ": error: " + message + "\n")
        sys.exit(2)


def _tidy_brackets(text: str) -> str:
    """CPython's three re.sub of a usage: no space after [ or (, none before ] or ), no empty [] or ()."""
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        out.append(c)
        i += 1
        if (c == "[" or c == "(") and i < len(text) and text[i] == " ":
            i += 1
    text = "".join(out)
    out = []
    for i in range(len(text)):
        if text[i] == " " and i + 1 < len(text) and (text[i + 1] == "]" or text[i + 1] == ")"):
            continue
        out.append(text[i])
    text = "".join(out)
    out = []
    i = 0
    while i < len(text):
        if text[i] == "[" or text[i] == "(":
            j = i + 1
            while j < len(text) and text[j] == " ":
                j += 1
            if j < len(text) and (text[j] == "]" or text[j] == ")"):
                i = j + 1
                continue
        out.append(text[i])
        i += 1
    return "".join(out)


def _usage_lines(parts: list[str], indent: str, prefix: str, width: int) -> list[str]:
    """CPython's get_lines: the parts on lines of at most width (a part longer starts its own)."""
    lines: list[str] = []
    line: list[str] = []
    line_len = len(prefix) - 1 if prefix != "" else len(indent) - 1
    for part in parts:
        if line_len + 1 + len(part) > width and line:
            lines.append(indent + " ".join(line))
            line = []
            line_len = len(indent) - 1
        line.append(part)
        line_len += len(part) + 1
    if line:
        lines.append(indent + " ".join(line))
    if prefix != "":
        lines[0] = lines[0][len(indent):]
    return lines
