"""argparse: each parser's add_argument() calls read when compiling, parse_args() typed by them.

CPython's parse_args() returns a Namespace whose attributes are set by name at run time;
pyzc gives every place one type, so the attributes must be known when compiling.  They
are: a parser is made by `parser = argparse.ArgumentParser(...)`, its arguments are added
by `parser.add_argument(...)` statements right after it (in the same block, with constant
arguments), and `parser.parse_args()` is called in the same function.  This pass, run on
the linked module before the subset check, reads those statements and writes:
- `ArgumentParser(...)` with only the keywords pylib/argparse.py takes (formatter_class=
  named as a str);
- each `parser.add_argument(...)` as `parser._add(...)`: the argument spelled out in strs
  and bools (nargs=2 is "2", type=int is "int", the choices' reprs and strs, the default's
  str for %(default)s), so the library holds no value of the program's types;
- a class `argparse:Namespace_N` with one field per dest, whose __init__ makes each value from the
  strings the library collected (`r.occ[i]`: per argument, the strings of each time it
  was given) as CPython's action would (store: the last; append: all; count: how many...),
  and whose __repr__ prints `Namespace(a=1, b='x')`;
- each `parser.parse_args(args)` as `argparse:Namespace_N(parser._parse(args))`;
- `g = parser.add_argument_group(...)` and `m = parser.add_mutually_exclusive_group(...)`
  (of the parser or of a group, among its add_argument statements) as `parser._group(...)`
  and `parser._mutex(...)`, and their add_argument calls as the parser's, with the help
  section and the group they belong to;
- `s = parser.add_subparsers(...)` and `q = s.add_parser(name, ...)` as `parser._subparsers(...)`
  and `parser._add_parser(...)` (a parser of the library's own), q's add_argument calls as q's,
  and q's arguments as more fields of the class, set from what q's parser found when q was
  the subcommand chosen (its defaults otherwise; CPython has no such attributes then).
A str default of an int or float argument is converted here, as CPython converts it when
the argument is absent.  What cannot be typed this way is refused with a diagnostic: an
argument added in a loop or a branch, non-constant names, nargs or defaults, a type=
other than int, float and str, a dest that is not an identifier, a default whose type is
not the values' (`default=0` with no type=int gives an int or a str), and the parser
methods pyzc leaves out (subparsers, groups, parse_known_args...).
"""

from __future__ import annotations

import ast
import copy
from dataclasses import dataclass, field

from ..ast_walk import iter_child_nodes, walk
from ..diagnostics import CompileError, SourceFile
from .symbols import MODULE_SEP

PREFIX = "argparse" + MODULE_SEP
PARSER_CLASS = PREFIX + "ArgumentParser"
SUPPRESS = "==SUPPRESS=="
NARGS_NAMES = {PREFIX + "OPTIONAL": "?", PREFIX + "ZERO_OR_MORE": "*", PREFIX + "ONE_OR_MORE": "+"}
FORMATTERS = {PREFIX + "HelpFormatter": "", PREFIX + "RawDescriptionHelpFormatter": "raw_description",
              PREFIX + "RawTextHelpFormatter": "raw_text", PREFIX + "ArgumentDefaultsHelpFormatter": "defaults"}
PARSER_KEYWORDS = ("prog", "usage", "description", "epilog", "add_help", "allow_abbrev", "formatter_class")
ACTIONS = ("store", "store_const", "store_true", "store_false", "append", "append_const", "count", "help",
           "version", "extend")
FLAG_ACTIONS = ("boolean_optional", "store_const", "store_true", "store_false", "append_const", "count", "help", "version")
# CPython's ArgumentParser methods that pylib/argparse.py leaves out (it has print_help, format_help,
# print_usage, format_usage, error and exit; add_argument, the groups and parse_args are rewritten here)
LEFT_OUT = ("parse_intermixed_args", "parse_known_intermixed_args", "set_defaults", "get_default",
            "convert_arg_line_to_args", "register")
GROUP_METHODS = ("add_argument_group", "add_mutually_exclusive_group")
PLACED = GROUP_METHODS + ("add_subparsers", "add_parser")  # statements among the parser's add_argument calls
CONVERT = {"int": int, "float": float, "str": str}


@dataclass
class Argument:
    node: ast.Call
    options: list[str]
    dest: str
    kind: str = "store"
    nargs: str = ""  # "", "?", "*", "+", "0" or a count
    type_name: str = ""
    choices: list | None = None
    required: bool = False
    help: ast.expr | None = None
    metavar: str | None = None
    default: object = None
    has_default: bool = False
    const: object = None
    version: ast.expr | None = None
    type_func: ast.expr | None = None  # type= a function of the program (a name) or a lambda
    default_expr: ast.expr | None = None  # a default that is not a constant: evaluated by parse_args()'s caller
    type_ref: str = ""  # the name type_func is called by (a global made for a lambda)


@dataclass
class Parser:
    name: str
    number: int
    add_help: bool = True  # the library's -h/--help is then its argument 0
    sections: int = 1  # the help sections' last index: 0 positional arguments, 1 options, then the groups
    mutexes: int = 0  # the mutually exclusive groups
    subs: list[Parser] = field(default_factory=list)  # add_subparsers(): a parser per subcommand
    sub_names: list[str] = field(default_factory=list)
    arguments: list[Argument] = field(default_factory=list)


def constant(source: SourceFile, node: ast.expr, what: str) -> object:
    """The value of a constant argument: a literal, maybe negated, a list/tuple of them, range(...)."""
    if isinstance(node, ast.Name) and node.id == PREFIX + "SUPPRESS":
        return SUPPRESS
    if isinstance(node, ast.Name) and node.id in NARGS_NAMES:
        return NARGS_NAMES[node.id]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range" and not node.keywords:
        bounds = [constant(source, a, what) for a in node.args]
        ints = [b for b in bounds if type(b) is int]
        if len(ints) == len(bounds) and 1 <= len(ints) <= 3:
            return list(range(*ints))
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        items = [constant(source, e, what) for e in node.elts]
        return tuple(items) if isinstance(node, ast.Tuple) else items
    try:
        value = ast.literal_eval(node)
    except ValueError:
        raise source.error(node, f"argparse: {what} is supported as a constant (pyzc types the parsed arguments when compiling)")
    if isinstance(value, float) and value != value or value in (float("inf"), float("-inf")):
        raise source.error(node, f"argparse: {what} is supported as a finite constant")
    return value


def article(name: str) -> str:
    return ("an " if name[0] in "aeiou" else "a ") + name


def dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    return None


def method_call(node: ast.AST) -> tuple[str, str] | None:
    """(receiver name, method) of `name.method(...)`."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name):
        return node.func.value.id, node.func.attr
    return None


class Rewriter:
    def __init__(self, source: SourceFile):
        self.source = source
        self.owner: dict[int, ast.stmt] = {}  # id of a node: the module-level statement holding it
        self.count = 0
        self.classes: list[tuple[ast.stmt, ast.ClassDef]] = []  # (the module-level statement it goes before, class)
        self.errors: list[CompileError] = []
        self.functions: set[str] = set()  # the module's functions, which type= may name
        self.lambdas: list[tuple[Parser, ast.stmt]] = []  # type=lambda ...: a global each, and the checkers, before the class

    # ------------------------------------------------------------ scopes
    def block_scope(self, body: list[ast.stmt]):
        """One function's (or the module's) statements: its parsers and their uses."""
        parsers: dict[str, Parser] = {}
        for stmts in blocks(body):
            for i, stmt in enumerate(stmts):
                if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call) \
                        and dotted(stmt.value.func) == PARSER_CLASS:
                    if len(stmt.targets) != 1 or not isinstance(stmt.targets[0], ast.Name):
                        self.errors.append(self.source.error(stmt, "argparse: a parser is supported as `name = argparse.ArgumentParser(...)`"))
                        continue
                    try:
                        parser = self.new_parser(stmt.targets[0].id, stmt.value)
                        self.add_arguments(parser, stmts[i + 1:])
                    except CompileError as e:
                        self.errors.append(e)
                        continue
                    parsers[parser.name] = parser
                    self.classes.append((self.owner[id(stmt)], self.namespace_class(parser, stmt.value)))
        for node in scope_nodes(body):
            call = method_call(node)
            if call is None:
                continue
            receiver, method = call
            assert isinstance(node, ast.Call)
            found = parsers.get(receiver)
            if method == "add_argument" and not getattr(node, "pyzc_argparse", False):
                self.errors.append(self.source.error(node, "argparse: add_argument() is supported as a statement right after "
                                                           "`parser = argparse.ArgumentParser(...)`, in the same block "
                                                           "(pyzc types the parsed arguments when compiling)"))
            elif method in ("parse_args", "parse_known_args"):
                if found is None:
                    self.errors.append(self.source.error(node, f"argparse: {method}() is supported on a parser made by "
                                                               "`name = argparse.ArgumentParser(...)` in the same function"))
                    continue
                self.parse_args_call(found, node, method == "parse_known_args")
            elif method in PLACED and not getattr(node, "pyzc_argparse", False):
                self.errors.append(self.source.error(node, f"argparse: {method}() is supported as `name = parser.{method}(...)`, "
                                                           f"a statement right after the parser's, in the same block"))
            elif method in LEFT_OUT and found is not None:
                self.errors.append(self.source.error(node, f"ArgumentParser.{method}() is not supported yet"))

    # ------------------------------------------------------------ ArgumentParser(...)
    def new_parser(self, name: str, call: ast.Call) -> Parser:
        self.count += 1
        if len(call.args) > 1:
            raise self.source.error(call, "argparse: ArgumentParser() is supported with prog as its one positional argument")
        if call.args:
            call.keywords.insert(0, ast.keyword(arg="prog", value=call.args[0]))
            call.args = []
        keywords = []
        parser = Parser(name, self.count)
        for kw in call.keywords:
            if kw.arg not in PARSER_KEYWORDS:
                raise self.source.error(kw.value if kw.arg is None else kw, f"ArgumentParser({kw.arg}=) is not supported yet")
            if isinstance(kw.value, ast.Constant) and kw.value.value is None:
                continue
            if kw.arg == "formatter_class":
                which = dotted(kw.value)
                if which not in FORMATTERS:
                    raise self.source.error(kw.value, "argparse: formatter_class= is supported as one of argparse's formatter classes")
                kw = ast.copy_location(ast.keyword(arg="formatter", value=ast.Constant(FORMATTERS[which])), kw)
            if kw.arg == "add_help":
                if not (isinstance(kw.value, ast.Constant) and type(kw.value.value) is bool):
                    raise self.source.error(kw.value, "argparse: add_help= is supported as True or False")
                parser.add_help = kw.value.value
            keywords.append(kw)
        call.keywords = keywords
        return parser

    # ------------------------------------------------------------ add_argument(...)
    def add_arguments(self, parser: Parser, stmts: list[ast.stmt]):
        """The add_argument() statements after the parser's, its groups', its subcommands' and theirs."""
        containers: dict[str, tuple[Parser, int, int]] = {parser.name: (parser, -1, -1)}  # (parser, help section, group)
        subcommands: dict[str, tuple[Parser, int]] = {}  # add_subparsers()'s result: its parser and its action
        for stmt in stmts:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
                call = method_call(stmt.value)
                target = stmt.targets[0].id
                if call is None or not (call[0] in containers or call[0] in subcommands):
                    continue
                assert isinstance(stmt.value, ast.Call)
                try:
                    if call[0] in containers and call[1] in GROUP_METHODS:
                        owner, section, mutex = containers[call[0]]
                        containers[target] = (owner, *self.group(owner, stmt.value, call[1], (section, mutex)))
                    elif call[0] in containers and call[1] == "add_subparsers":
                        owner = containers[call[0]][0]
                        if owner is not parser or call[0] != parser.name:
                            raise self.source.error(stmt.value, "argparse: add_subparsers() is supported on the parser "
                                                                "parse_args() is called on (not on a group or a subcommand)")
                        subcommands[target] = (parser, self.subparsers(parser, stmt.value))
                    elif call[0] in subcommands and call[1] == "add_parser":
                        owner, action = subcommands[call[0]]
                        containers[target] = (self.add_parser(owner, action, stmt.value, target), -1, -1)
                    else:
                        continue
                except CompileError as e:
                    self.errors.append(e)
                stmt.value.pyzc_argparse = True  # type: ignore[attr-defined]
                continue
            call = method_call(stmt.value) if isinstance(stmt, ast.Expr) else None
            if call is not None and call[0] in subcommands and call[1] == "add_parser":  # a subcommand of no arguments
                assert isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)
                try:
                    self.add_parser(*subcommands[call[0]], stmt.value, "")
                except CompileError as e:
                    self.errors.append(e)
                stmt.value.pyzc_argparse = True  # type: ignore[attr-defined]
                continue
            if call is None or call[0] not in containers or call[1] != "add_argument":
                continue
            assert isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)
            owner, section, mutex = containers[call[0]]
            try:
                arg = self.argument(owner, stmt.value)
                if mutex >= 0 and (arg.required or not arg.options and arg.nargs not in ("?", "*")):
                    raise self.source.error(stmt.value, "argparse: mutually exclusive arguments must be optional")
            except CompileError as e:
                self.errors.append(e)
                stmt.value.pyzc_argparse = True  # type: ignore[attr-defined]
                continue
            owner.arguments.append(arg)
            added = self.add_call(owner, arg)
            added.args += [ast.Constant(section), ast.Constant(mutex)]
            for n in added.args[-2:]:
                place(n, stmt.value)
            stmt.value = ast.copy_location(added, stmt.value)
            stmt.value.pyzc_argparse = True  # type: ignore[attr-defined]

    def keywords_of(self, call: ast.Call, method: str, allowed: tuple[str, ...], positional: int) -> dict[str, ast.expr]:
        if len(call.args) > positional:
            raise self.source.error(call.args[positional], f"argparse: {method}() takes its arguments by name")
        for k in call.keywords:
            if k.arg not in allowed:
                raise self.source.error(k, f"argparse: {method}({k.arg}=) is not supported yet")
        return {str(k.arg): k.value for k in call.keywords}

    def str_or_none(self, value: ast.expr | None) -> tuple[ast.expr, bool]:
        """A str argument for the library: the expression, or "" when None; and whether it was given."""
        if value is None or isinstance(value, ast.Constant) and value.value is None:
            return ast.Constant(""), False
        if isinstance(value, ast.Name) and value.id == PREFIX + "SUPPRESS":
            return ast.Constant(SUPPRESS), True
        return value, True

    def subparsers(self, parser: Parser, call: ast.Call) -> int:
        """`s = parser.add_subparsers(...)` is `s = parser._subparsers(...)`: the index of its action."""
        kw = self.keywords_of(call, "add_subparsers", ("title", "description", "dest", "required", "help", "metavar"), 0)
        if parser.subs or any(a.kind == "parsers" for a in parser.arguments):
            raise self.source.error(call, "argparse: cannot have multiple subparser arguments")
        dest = constant(self.source, kw["dest"], "dest=") if "dest" in kw else SUPPRESS
        if not isinstance(dest, str) or (dest != SUPPRESS and not dest.isidentifier()):
            raise self.source.error(call, "argparse: add_subparsers(dest=) is supported as an identifier")
        required = constant(self.source, kw["required"], "required=") if "required" in kw else False
        metavar = constant(self.source, kw["metavar"], "metavar=") if "metavar" in kw else None
        if metavar is not None and not isinstance(metavar, str):
            raise self.source.error(kw["metavar"], "argparse: metavar= is supported as a str")
        grouped = "title" in kw or "description" in kw
        if grouped:
            parser.sections += 1
        arg = Argument(call, [], dest, kind="parsers", nargs="A...", required=bool(required),
                       help=kw.get("help"), metavar=metavar)
        parser.arguments.append(arg)
        title, _ = self.str_or_none(kw.get("title"))
        description, _ = self.str_or_none(kw.get("description"))
        help_text, has_help = self.str_or_none(kw.get("help"))
        receiver = ast.Name(id=parser.name, ctx=ast.Load())
        call.func = ast.Attribute(value=receiver, attr="_subparsers", ctx=ast.Load())
        call.args = [title, description, ast.Constant(grouped), ast.Constant(dest), ast.Constant(bool(required)),
                     help_text, ast.Constant(has_help), ast.Constant(metavar or ""), ast.Constant(metavar is not None)]
        call.keywords = []
        for n in walk(call):
            if not hasattr(n, "lineno") or n is call.func or n is receiver:
                place(n, call)
        return len(parser.arguments) - 1 + (1 if parser.add_help else 0)

    def add_parser(self, parser: Parser, action: int, call: ast.Call, target: str) -> Parser:
        """`q = s.add_parser(name, help=...)` is `q = parser._add_parser(s, name, ...)`: a parser of its own."""
        kw = self.keywords_of(call, "add_parser", ("help", "description", "epilog"), 1)
        if not call.args:
            raise self.source.error(call, "argparse: add_parser() needs the subcommand's name")
        name = constant(self.source, call.args[0], "a subcommand's name")
        if not isinstance(name, str):
            raise self.source.error(call.args[0], "argparse: a subcommand's name is supported as a str")
        if name in parser.sub_names:
            raise self.source.error(call, f"argparse: conflicting subparser: {name}")
        sub = Parser(target, parser.number)
        parser.subs.append(sub)
        parser.sub_names.append(name)
        help_text, has_help = self.str_or_none(kw.get("help"))
        description, _ = self.str_or_none(kw.get("description"))
        epilog, _ = self.str_or_none(kw.get("epilog"))
        receiver = ast.Name(id=parser.name, ctx=ast.Load())
        call.func = ast.Attribute(value=receiver, attr="_add_parser", ctx=ast.Load())
        call.args = [ast.Constant(action), ast.Constant(name), ast.Constant("help" in kw), help_text, ast.Constant(has_help),
                     description, epilog]
        call.keywords = []
        for n in walk(call):
            if not hasattr(n, "lineno") or n is call.func or n is receiver:
                place(n, call)
        return sub

    def group(self, parser: Parser, call: ast.Call, method: str, container: tuple[int, int]) -> tuple[int, int]:
        """`g = parser.add_argument_group(title, description)` is `g = parser._group(...)`, and
        `m = parser.add_mutually_exclusive_group(required=...)` is `m = parser._mutex(...)`."""
        src = self.source
        params = ("title", "description") if method == "add_argument_group" else ("required",)
        if len(call.args) > len(params) or any(k.arg not in params for k in call.keywords):
            raise src.error(call, f"argparse: {method}() is supported with {' and '.join(params)} only")
        given = dict(zip(params, call.args))
        given.update({str(k.arg): k.value for k in call.keywords})
        receiver = ast.Name(id=parser.name, ctx=ast.Load())
        if method == "add_argument_group":
            parser.sections += 1
            section = parser.sections
            values: list[ast.expr] = []
            for p in params:
                v = given.get(p)
                values.append(ast.Constant("") if v is None or isinstance(v, ast.Constant) and v.value is None else v)
            call.func = ast.Attribute(value=receiver, attr="_group", ctx=ast.Load())
            call.args, call.keywords = values, []
            for n in walk(call):
                place(n, call) if not hasattr(n, "lineno") else None
            place(call.func, call)
            place(receiver, call)
            return section, -1
        required = constant(src, given["required"], "required=") if "required" in given else False
        if type(required) is not bool:
            raise src.error(given["required"], "argparse: required= is supported as True or False")
        mutex = parser.mutexes
        parser.mutexes += 1
        call.func = ast.Attribute(value=receiver, attr="_mutex", ctx=ast.Load())
        call.args, call.keywords = [ast.Constant(required)], []
        for n in (call.func, receiver, call.args[0]):
            place(n, call)
        return container[0], mutex

    def argument(self, parser: Parser, call: ast.Call) -> Argument:
        src = self.source
        names = []
        for a in call.args:
            v = constant(src, a, "an argument's name")
            if not isinstance(v, str) or v == "":
                raise src.error(a, "argparse: an argument's names are supported as non-empty strs")
            names.append(v)
        if not names:
            raise src.error(call, "argparse: add_argument() needs a name or option strings")
        kw = {k.arg: k.value for k in call.keywords}
        for k in call.keywords:
            if k.arg is None:
                raise src.error(k.value, "argparse: add_argument(**kwargs) is not supported (pyzc reads the arguments when compiling)")
            if k.arg not in ("action", "nargs", "const", "default", "type", "choices", "required", "help", "metavar",
                             "dest", "version"):
                raise src.error(k, f"add_argument({k.arg}=) is not supported yet")
        positional = not names[0].startswith("-")
        if positional:
            if len(names) > 1:
                raise src.error(call, "argparse: a positional argument has one name (CPython: invalid option string)")
            if "dest" in kw:
                raise src.error(kw["dest"], "argparse: dest supplied twice for positional argument")
            if "required" in kw:
                raise src.error(kw["required"], "'required' is an invalid argument for positionals")
            dest = names[0]
            options: list[str] = []
        else:
            for n in names:
                if not n.startswith("-"):
                    raise src.error(call, f"argparse: invalid option string {n!r}: must start with a character '-'")
            options = names
            if "dest" in kw:
                d = constant(src, kw["dest"], "dest=")
                if not isinstance(d, str):
                    raise src.error(kw["dest"], "argparse: dest= is supported as a str")
                dest = d
            else:
                longs = [n for n in names if n.startswith("--")]
                dest = (longs[0] if longs else names[0]).lstrip("-").replace("-", "_")
        arg = Argument(call, options, dest)
        if "action" in kw and dotted(kw["action"]) == PREFIX + "BooleanOptionalAction":
            if positional:
                raise src.error(call, "argparse: BooleanOptionalAction is for options, not positional arguments")
            arg.kind = "boolean_optional"
            arg.options = options = [o for n in names for o in ([n, "--no-" + n[2:]] if n.startswith("--") else [n])]
        elif "action" in kw:
            action = constant(src, kw["action"], "action=")
            if action not in ACTIONS:
                raise src.error(kw["action"], f"argparse: action={action!r} is not supported yet")
            arg.kind = str(action)
        if arg.kind not in ("help", "version") and (not dest.isidentifier() or dest.startswith("_")):
            raise src.error(call, f"argparse: the dest {dest!r} is not supported: pyzc needs an identifier, "
                                  f"read as args.{dest.replace('-', '_')} (give dest=)")
        if positional and arg.kind in FLAG_ACTIONS:
            raise src.error(call, f"argparse: action={arg.kind!r} is for options, not positional arguments")
        if arg.kind in FLAG_ACTIONS:
            arg.nargs = "0"
            if "nargs" in kw:
                raise src.error(kw["nargs"], f"argparse: action={arg.kind!r} takes no nargs=")
        elif "nargs" in kw:
            count = constant(src, kw["nargs"], "nargs=")
            if count is None:
                arg.nargs = ""
            elif count in ("?", "*", "+"):
                arg.nargs = str(count)
            elif isinstance(count, int) and not isinstance(count, bool) and count >= 1:
                arg.nargs = str(count)
            else:
                raise src.error(kw["nargs"], f"argparse: nargs={count!r} is not supported (None, '?', '*', '+' or a count >= 1 are)")
        if "type" in kw:
            t = dotted(kw["type"])
            if isinstance(kw["type"], ast.Lambda) or t in self.functions:
                arg.type_func = kw["type"]
                arg.type_name = t if t is not None else "<lambda>"
            elif t not in CONVERT:
                raise src.error(kw["type"], "argparse: type= is supported as int, float, str, a function of the "
                                            "module or a lambda")
            else:
                arg.type_name = str(t)
            if arg.type_func is not None and "choices" in kw:
                raise src.error(kw["choices"], "argparse: choices= with type= a function is not supported yet")
        if "choices" in kw:
            c = constant(src, kw["choices"], "choices=")
            if isinstance(c, str):
                c = list(c)
            if not isinstance(c, (list, tuple)):
                raise src.error(kw["choices"], "argparse: choices= is supported as a list, tuple or range of constants")
            arg.choices = list(c)
        if "required" in kw:
            r = constant(src, kw["required"], "required=")
            arg.required = bool(r)
        elif positional:
            arg.required = arg.nargs not in ("?", "*") or (arg.nargs == "*" and "default" not in kw)
        if "help" in kw:
            arg.help = kw["help"]
        elif arg.kind == "version":
            arg.help = ast.Constant("show program's version number and exit")
        if "metavar" in kw:
            m = constant(src, kw["metavar"], "metavar=")
            if m is not None and not isinstance(m, str):
                raise src.error(kw["metavar"], "argparse: metavar= is supported as a str (not a tuple)")
            arg.metavar = m
        if "version" in kw:
            arg.version = kw["version"]
        if arg.kind == "version" and arg.version is None:
            raise src.error(call, "argparse: action='version' needs version=")
        if "const" in kw:
            arg.const = constant(src, kw["const"], "const=")
        elif arg.kind in ("append_const",):
            raise src.error(call, "argparse: append_const needs const=")
        arg.has_default = "default" in kw
        arg.default = None
        if "default" in kw:
            try:
                arg.default = constant(src, kw["default"], "default=")
            except CompileError:
                arg.default_expr = kw["default"]
        if not arg.has_default:
            arg.default = {"store_true": False, "store_false": True, "help": SUPPRESS, "version": SUPPRESS}.get(arg.kind)
        if arg.default == SUPPRESS and arg.kind not in ("help", "version"):
            raise src.error(kw["default"], "argparse: default=argparse.SUPPRESS is not supported (the attribute would be missing)")
        for other in parser.arguments:
            if other.dest == arg.dest and arg.kind not in ("help", "version"):
                raise src.error(call, f"argparse: two arguments with the dest {dest!r} are not supported yet")
            clash = [o for o in options if o in other.options]
            if clash:
                raise src.error(call, f"argparse: argument {'/'.join(options)}: conflicting option string: {clash[0]}")
        if parser.add_help and ("-h" in options or "--help" in options):
            raise src.error(call, f"argparse: argument {'/'.join(options)}: conflicting option string: "
                                  f"{'-h' if '-h' in options else '--help'}")
        self.check_types(arg)
        return arg

    # ------------------------------------------------------------ the values' types
    def convert(self, arg: Argument, value: object, node: ast.AST) -> object:
        """A str default or const through type=, as CPython converts it."""
        if isinstance(value, str) and arg.type_name in ("int", "float"):
            try:
                return CONVERT[arg.type_name](value)
            except ValueError:
                raise self.source.error(node, f"argparse: argument {self.name(arg)}: invalid {arg.type_name} value: {value!r}")
        return value

    def name(self, arg: Argument) -> str:
        if arg.options:
            return "/".join(arg.options)
        return arg.metavar if arg.metavar is not None else arg.dest

    def check_types(self, arg: Argument):
        """Refuse a default or const whose type is not the values': the field would hold two types."""
        if arg.default_expr is not None:  # its type is inference's to check
            arg.const = self.convert(arg, arg.const, arg.node)
            return
        if arg.kind == "boolean_optional":
            if arg.default is not None and type(arg.default) is not bool:
                raise self.source.error(arg.node, "argparse: BooleanOptionalAction's default is supported as a bool or None")
            return
        if arg.kind in ("help", "version", "store_true", "store_false"):
            if arg.kind in ("store_true", "store_false") and type(arg.default) is not bool:
                raise self.source.error(arg.node, f"argparse: {arg.kind}'s default is supported as a bool")
            return
        if arg.type_func is not None:
            return  # the function's result type: inference joins it with the default's
        item = {"int": int, "float": float, "str": str, "": str}[arg.type_name]
        arg.default = self.convert(arg, arg.default, arg.node)
        if arg.kind in ("store_const", "append_const") or (arg.kind == "store" and arg.nargs == "?" and arg.options):
            arg.const = self.convert(arg, arg.const, arg.node)
        listed = arg.kind in ("append", "append_const", "extend") or arg.nargs in ("*", "+") or arg.nargs.isdigit()

        def fits(v: object, t: type) -> bool:
            return v is None or type(v) is t or (t is float and type(v) is int) or (t is int and type(v) is float)

        if arg.kind == "count":
            ok = arg.default is None or type(arg.default) is int
        elif arg.kind == "store_const":
            ok = arg.default is None or arg.const is None or type(arg.default) is type(arg.const) \
                or fits(arg.default, type(arg.const))
        elif arg.kind == "append_const":
            ok = arg.default is None or isinstance(arg.default, (list, tuple))
        elif listed:
            ok = arg.default is None or (isinstance(arg.default, (list, tuple))
                                         and all(fits(v, item) for v in arg.default))
            if arg.kind == "append" and arg.nargs not in ("",  "?"):
                ok = arg.default is None
        else:
            ok = fits(arg.default, item) and (arg.nargs != "?" or not arg.options or fits(arg.const, item))
        if not ok:
            shown = type(arg.default).__name__
            raise self.source.error(arg.node, f"argparse: argument {self.name(arg)} gives {article(item.__name__)} from the "
                                              f"command line but its default is {article(shown)}: not supported (one type per "
                                              f"attribute; give type= or a default of that type)")

    # ------------------------------------------------------------ parser._add(...)
    def add_call(self, parser: Parser, arg: Argument) -> ast.Call:
        def s(v: str) -> ast.expr:
            return ast.Constant(v)

        def strs(vs: list[str]) -> ast.expr:
            return ast.List(elts=[s(v) for v in vs], ctx=ast.Load())

        choices = arg.choices or []
        if arg.type_name == "float":
            keys = [repr(float(c)) if type(c) in (int, float) else repr(c) for c in choices]
        elif arg.type_name == "int":
            keys = [repr(c) if type(c) is int else "<no>" + repr(c) for c in choices]
        else:
            keys = [repr(c) if type(c) is str else "<no>" + repr(c) for c in choices]
        has_help = arg.help is not None and not (isinstance(arg.help, ast.Constant) and arg.help.value is None)
        help_value = arg.help if has_help and arg.help is not None else s("")
        if isinstance(help_value, ast.Name) and help_value.id == PREFIX + "SUPPRESS":
            help_value = s(SUPPRESS)
        args = [strs(arg.options), s(arg.dest), s(arg.kind), s(arg.nargs), s(arg.type_name),
                strs([repr(c) for c in choices]), strs([str(c) for c in choices]), strs(keys),
                ast.Constant(arg.choices is not None), ast.Constant(arg.required), help_value,
                ast.Constant(has_help), s(arg.metavar or ""), ast.Constant(arg.metavar is not None),
                self.default_text(arg), ast.Constant(arg.default == SUPPRESS), s(str(arg.const)),
                arg.version if arg.version is not None else s("")]
        call = ast.Call(func=ast.Attribute(value=ast.Name(id=parser.name, ctx=ast.Load()), attr="_add", ctx=ast.Load()),
                        args=args, keywords=[])
        if arg.type_func is not None:
            call.keywords.append(ast.keyword(arg="convert", value=ast.Name(id=self.checker(parser, arg), ctx=ast.Load())))
        for n in walk(call):
            if not hasattr(n, "lineno") or getattr(n, "lineno", None) is None:
                place(n, arg.node)
        place(call, arg.node)
        return call

    def checker(self, parser: Parser, arg: Argument) -> str:
        """A function the library calls on each value of an argument whose type= is a function of the
        program, as CPython converts it when it is taken: "" or the error message."""
        assert arg.type_func is not None
        arg.type_ref = self.type_function(parser, arg.type_func)
        name = f"{PREFIX}check_{parser.number}_{len(self.lambdas)}"
        text = "\n".join(["def check(s):", "    try:", "        TYPE_FUNCTION(s)", "    except ArgumentTypeError as e:",
                          "        return str(e)", "    except (TypeError, ValueError):",
                          f"        return {'invalid ' + arg.type_name + ' value: '!r} + repr(s)", "    return ''"])
        func = ast.parse(text).body[0]
        assert isinstance(func, ast.FunctionDef)
        func.name = name
        for n in walk(func):
            place(n, arg.node)
            if isinstance(n, ast.Name) and n.id == "TYPE_FUNCTION":
                n.id = arg.type_ref
            elif isinstance(n, ast.Name) and n.id == "ArgumentTypeError":
                n.id = PREFIX + "ArgumentTypeError"
        self.lambdas.append((parser, func))
        return name

    def default_text(self, arg: Argument) -> ast.expr:
        """The default's str, for %(default)s: a constant's, or str() of the expression where it is."""
        if arg.default_expr is None:
            return ast.Constant(str(arg.default))
        text = ast.Call(func=ast.Name(id="str", ctx=ast.Load()), args=[copy.deepcopy(arg.default_expr)], keywords=[])
        place(text, arg.default_expr)
        place(text.func, arg.default_expr)
        return text

    # ------------------------------------------------------------ the Namespace class
    def value_source(self, i: int, arg: Argument, base: str = "r", tag: str = "") -> str:
        """The expression of arg's value, from base.occ[i]; tag names its converter apart (a subcommand's)."""
        o = f"{base}.occ[{i}]"
        i_tag = f"{tag}{i}"
        conv = {"int": "int({})", "float": "float({})"}.get(arg.type_name, "{}")
        d = repr(list(arg.default) if isinstance(arg.default, tuple) else arg.default)
        c = repr(arg.const)
        if arg.default_expr is not None:
            d = f"default{i_tag}"  # a parameter of __init__: parse_args()'s caller evaluates it
        if arg.type_func is not None:  # CPython converts a str default or const through the function too
            conv = f"self._convert{i_tag}(p, {{}})"
            d = conv.format(d) if isinstance(arg.default, str) else d
            c = conv.format(c) if isinstance(arg.const, str) else c
        if arg.kind == "boolean_optional":
            return f"not {o}[-1][0].startswith('--no-') if {o} else {d}"
        if arg.kind == "parsers":
            return f"{o}[-1][0] if {o} else None"
        if arg.kind == "store_true" or arg.kind == "store_false":
            return f"{not arg.default!r} if {o} else {d}"
        if arg.kind == "store_const":
            return f"{c} if {o} else {d}"
        if arg.kind == "count":
            start = "0" if arg.default is None else d
            return f"{start} + len({o}) if {o} else {d}"
        base = "[]" if arg.default is None else f"list({d})"
        if arg.kind == "append_const":
            return f"{base} + [{c} for _ in {o}] if {o} else {d}"
        one = conv.format("v[0]")
        many = f"[{conv.format('s')} for s in v]"
        if arg.kind == "append":
            item = one if arg.nargs in ("", "?") else many
            if arg.nargs == "?":
                item = f"({one} if v else {c})"
            return f"{base} + [{item} for v in {o}] if {o} else {d}"
        if arg.kind == "extend":
            return f"{base} + [{conv.format('s')} for v in {o} for s in v] if {o} else {d}"
        last = f"{o}[-1]"
        items = f"[{conv.format('s')} for s in {last}]"
        if not arg.options:  # a positional argument is always taken once when parse_args() returns
            if arg.nargs == "":
                return conv.format(last + "[0]")
            if arg.nargs == "?":
                return f"{conv.format(last + '[0]')} if {last} else {d}"
            if arg.nargs == "*":
                return f"{items} if {last} else {'[]' if arg.default is None else d}"
            return items
        if arg.required and arg.kind == "store":  # taken, or parse_args() reported it missing
            if arg.nargs == "":
                return conv.format(last + "[0]")
            if arg.nargs == "?":
                return f"{conv.format(last + '[0]')} if {last} else {c}"
            return items
        if arg.nargs == "":
            return f"{conv.format(last + '[0]')} if {o} else {d}"
        if arg.nargs == "?":
            return f"({conv.format(last + '[0]')} if {last} else {c}) if {o} else {d}"
        return f"{items} if {o} else {d}"

    def namespace_class(self, parser: Parser, where: ast.AST) -> ast.ClassDef:
        """The class parse_args() returns (the module docstring); a subcommand's fields are printed
        only when it was chosen, as CPython sets only those."""
        def fields_of(p: Parser) -> list[tuple[int, Argument]]:
            first = 1 if p.add_help else 0  # the library's -h is its argument 0; _add numbers the rest in order
            return [(i + first, a) for i, a in enumerate(p.arguments)
                    if a.kind not in ("help", "version") and a.dest != SUPPRESS]

        fields = fields_of(parser)
        converters: dict[str, tuple[Argument, str]] = {}  # converter tag: the argument and its base
        passed = "".join(f", default{i}" for i, a in fields if a.default_expr is not None)
        lines = ["class Namespace:", f"    def __init__(self, r, p{passed}):", "        self._chosen = r.chosen"]
        lines += [f"        self.{a.dest} = {self.value_source(i, a)}" for i, a in fields]
        converters.update({str(i): (a, "p") for i, a in fields if a.type_func is not None})
        sub_values: dict[str, list[tuple[int, str]]] = {}
        unchosen: dict[str, str] = {}  # a subcommand's field when another is chosen (CPython: no attribute)
        sub_fields: list[list[str]] = []
        for k, sub in enumerate(parser.subs):
            sub_fields.append([])
            for i, a in fields_of(sub):
                if a.default_expr is not None:
                    self.errors.append(self.source.error(a.node, "argparse: a subcommand's default is supported as a constant"))
                    continue
                if any(f.dest == a.dest for _, f in fields):
                    self.errors.append(self.source.error(a.node, f"argparse: the dest {a.dest!r} of a subcommand and of its "
                                                                 f"parser is not supported yet"))
                    continue
                sub_values.setdefault(a.dest, []).append((k, self.value_source(i, a, f"r.subs[{k}]", f"s{k}_")))
                unchosen.setdefault(a.dest, repr(list(a.default) if isinstance(a.default, tuple) else a.default))
                sub_fields[k].append(a.dest)
                if a.type_func is not None:
                    converters[f"s{k}_{i}"] = (a, f"p.subparsers[{k}]")
        for dest, values in sub_values.items():
            expr = unchosen[dest]
            for k, value in reversed(values):
                expr = f"({value}) if r.chosen == {k} else ({expr})"
            lines.append(f"        self.{dest} = {expr}")
        lines += ["    def __repr__(self):",
                  "        parts: list[str] = [" + ", ".join(f"\"{a.dest}=\" + repr(self.{a.dest})" for _, a in fields) + "]"]
        for k, names in enumerate(sub_fields):
            if names:
                lines += [f"        if self._chosen == {k}:",
                          "            parts += [" + ", ".join(f"\"{d}=\" + repr(self.{d})" for d in names) + "]"]
        lines += ["        return \"Namespace(\" + \", \".join(parts) + \")\""]
        lines += ["    @staticmethod", f"    def _known(r, p{passed}):", f"        return (Namespace(r, p{passed}), r.extras)"]
        for tag, (a, owner) in converters.items():
            lines += [f"    def _convert{tag}(self, p, s):", "        try:", f"            return TYPE_FUNCTION_{tag}(s)",
                      "        except ArgumentTypeError as e:", f"            {owner}.error({'argument ' + self.name(a) + ': '!r} + str(e))",
                      "        except (TypeError, ValueError):",
                      f"            {owner}.error({'argument ' + self.name(a) + ': invalid ' + a.type_name + ' value: '!r} + repr(s))",
                      "        raise SystemExit(2)"]
        tree = ast.parse("\n".join(lines))
        cls = tree.body[0]
        assert isinstance(cls, ast.ClassDef)
        cls.name = f"{PREFIX}Namespace_{parser.number}"
        for node in walk(cls):
            place(node, where)
            if isinstance(node, ast.Name) and node.id == "Namespace":
                node.id = cls.name
            elif isinstance(node, ast.Name) and node.id == "ArgumentTypeError":
                node.id = PREFIX + "ArgumentTypeError"
            elif isinstance(node, ast.Name) and node.id.startswith("TYPE_FUNCTION_"):
                node.id = converters[node.id[len("TYPE_FUNCTION_"):]][0].type_ref
        return cls

    def type_function(self, parser: Parser, func: ast.expr) -> str:
        """The name a converting method calls: a function's, or a global made for a lambda."""
        if isinstance(func, ast.Name):
            return func.id
        name = f"{PREFIX}type_{parser.number}_{len(self.lambdas)}"
        target = ast.Name(id=name, ctx=ast.Store())
        place(target, func)
        self.lambdas.append((parser, ast.copy_location(ast.Assign(targets=[target], value=func), func)))
        return name

    def parse_args_call(self, parser: Parser, node: ast.Call, known: bool):
        """parse_args(args) is Namespace_N(parser._parse(args)); parse_known_args(args) is
        Namespace_N._known(parser._parse_known(args)), the namespace and the strings left."""
        method = "parse_known_args" if known else "parse_args"
        if any(k.arg != "args" for k in node.keywords) or len(node.args) + len(node.keywords) > 1:
            raise_at = node.keywords[0] if node.keywords else node
            self.errors.append(self.source.error(raise_at, f"argparse: {method}() is supported with args only (no namespace=)"))
            return
        given = node.args[0] if node.args else (node.keywords[0].value if node.keywords else None)
        receiver = ast.Name(id=parser.name, ctx=ast.Load())
        name = "_parse_known" if known else "_parse"
        if given is None or (isinstance(given, ast.Constant) and given.value is None):
            inner = ast.Call(func=ast.Attribute(value=receiver, attr=name + "_sys", ctx=ast.Load()), args=[], keywords=[])
        else:
            inner = ast.Call(func=ast.Attribute(value=receiver, attr=name, ctx=ast.Load()),
                             args=[ast.Call(func=ast.Name(id="list", ctx=ast.Load()), args=[given], keywords=[])], keywords=[])
        cls: ast.expr = ast.Name(id=f"{PREFIX}Namespace_{parser.number}", ctx=ast.Load())
        if known:
            cls = ast.Attribute(value=cls, attr="_known", ctx=ast.Load())
        node.func = cls
        node.args = [inner, ast.Name(id=parser.name, ctx=ast.Load())]
        node.args += [copy.deepcopy(a.default_expr) for a in parser.arguments if a.default_expr is not None]
        node.keywords = []
        for n in walk(node):
            if not hasattr(n, "lineno") or n is inner or n is receiver:
                place(n, node)
        place(inner.func, node)


def place(node: ast.AST, where: ast.AST) -> ast.AST:
    for attr in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if attr in node._attributes:
            setattr(node, attr, getattr(where, attr, 1) if attr != "col_offset" else getattr(where, attr, 0))
    return node


def blocks(body: list[ast.stmt]):
    """The statement lists of one scope: its body and those of its compound statements (not nested functions)."""
    yield body
    for stmt in body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        for name in ("body", "orelse", "finalbody"):
            inner = getattr(stmt, name, None)
            if isinstance(inner, list) and inner and isinstance(inner[0], ast.stmt):
                yield from blocks(inner)
        for h in getattr(stmt, "handlers", []):
            yield from blocks(h.body)


def scope_nodes(body: list[ast.stmt]):
    """Every node of one scope, not those of nested functions or classes."""
    todo: list[ast.AST] = list(body)
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        yield node
        todo.extend(iter_child_nodes(node))


def is_library(stmt: ast.stmt) -> bool:
    """A statement of pylib/argparse.py itself, which makes parsers of its own (subcommands')."""
    return isinstance(stmt, (ast.FunctionDef, ast.ClassDef)) and stmt.name.startswith(PREFIX)


def rewrite_argparse(source: SourceFile, module: ast.Module) -> None:
    """Type each parser's parse_args() by its add_argument() calls (the module docstring)."""
    if not any(isinstance(n, ast.Name) and n.id.startswith(PREFIX) for n in walk(module)):
        return
    r = Rewriter(source)
    r.owner = {id(n): stmt for stmt in module.body for n in walk(stmt)}
    r.functions = {s.name for s in module.body if isinstance(s, ast.FunctionDef)}
    r.block_scope([s for s in module.body if not is_library(s)])
    for stmt in module.body:
        if is_library(stmt):
            continue
        for node in walk(stmt):
            if isinstance(node, ast.FunctionDef):
                r.block_scope(node.body)
    for before, cls in r.classes:
        at = next(i for i, s in enumerate(module.body) if s is before)
        module.body.insert(at, cls)
        for _, made in reversed([(p, a) for p, a in r.lambdas if f"{PREFIX}Namespace_{p.number}" == cls.name]):
            module.body.insert(at, made)
    if r.errors:
        raise CompileError.of(r.errors)
