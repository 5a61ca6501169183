"""The generator's shapes of the kind users found bugs with (fuzz_gen.Generator's third part).

Each program turns on a few of SHAPES at random (`Generator.shapes`), so a shape pyzc
refuses costs only the programs that use it.  A shape may define helpers at the top
level (`shape_defs`, emitted after the classes and before the functions) and adds
statements through `shape_stmt`, which `Generator.stmt` calls like its other kinds.

- alias: two names, an object field (`Hold*` classes, or a K class's `items`), a list
  element and function arguments (`al*` functions; also one container passed twice)
  sharing one list, set, dict, deque or Counter; in-place operators (`+= *= |= &= -= ^=`) and
  mutation through each alias, then every alias printed.  Growth is guarded by len().
- empty: `fe*` functions that fill a container parameter (list of ints, strs, tuples or
  lists; dict str->int or int->list; set of strs or tuples), called with `[]`/`{}`/
  `set()` positionally and by keyword, and (unless the function is empty-only) with
  non-empty literals; some pass the container on to an earlier `fe*` of the same kind.
- rebind: `rb*` functions that rebind their parameters (ints, strs, lists) and mutate
  a list parameter before or after rebinding it.
- reccont: recursion with container arguments: an accumulator, `path + [x]`, a memo
  dict, a visited set over a small graph, a list of strings built by appending.
- comp: nested comprehensions that reuse a name, also the name of a live variable.
- dunder: class `Dz` whose `__eq__`, `__lt__`, `__hash__`, `__repr__` and `__len__`
  raise on one trigger value each, used by sorted/list.sort/min/max, set.add, dict
  store and lookup, `in`, list.index/count/remove and printing containers, inside a
  try whose handler prints the exception.  Each raise is deterministic under any correct
  algorithm: `__lt__` raises when either side is its trigger (every element of a list of
  2+ is compared by any sort or min/max), `__eq__` only when both sides carry its trigger
  (so which equal-hash entry a set probes first does not matter), and a list whose sort
  raised is never looked at again.
  With it comes class `Dg` (from a stream of its own), whose dunders print and whose `__gt__`
  orders by another key than its `__lt__`: max()/min() of Dg objects (max asks item.__gt__(best),
  min item.__lt__(best)) and of tuples holding them, and tuples of them compared by each operator
  (CPython asks `==` of the items until a pair differs, then that pair's own operator; `<=` between
  two Dg is its TypeError).
- edge: ints near 2**53 and 2**63.  CPython's ints have no limit, pyzc's raise
  OverflowError when a value leaves 64 bits (documented), so each operation gets
  operands inside int64 and is written so both print the same: one operation per
  `try`, whose result is printed when it is within int64, else (or on OverflowError)
  the line says "beyond int64".  Silent wrapping, a false OverflowError and a wrong
  value all show.  True division, comparisons with floats and formatting print as is.
  The constants 2**63 - 1 and -2**63 also appear written as expressions.
- sumstart: `sum` with a start value (int, float, list; positional and start=).
- unbound: `ub*` functions whose locals some paths leave unassigned (an `if` without
  `else`, a loop that may run zero times, a `try` whose body may fail before the
  assignment), read afterwards, called inside a try that prints the UnboundLocalError;
  and `ug*` functions reading a global the module assigns only after calling them once
  (NameError), then again after.
- bigrange: range objects with bounds and steps near the int64 edges: len() (CPython's
  OverflowError "Python int too large to convert to C ssize_t" past 2**63 - 1), `in` and
  `not in`, iteration stopped after a few items, and sum/min/max/list of short ones, with
  step 0 now and then (ValueError).  The bounds come from a loop over a list of triples, or
  from constant expressions such as `-2**63`.  Indexing, slicing and reversed() are not
  generated: pyzc refuses them (a range cannot be stored or subscripted yet).
- bigdisplay: long displays of constants: lists of hundreds to thousands of ints, floats or
  strs, and tuples of tens to hundreds of them, then indexed, measured, summed, sorted,
  searched and printed.  A sum that may leave int64 goes through the edge pattern.
- anytuple: tuples whose length is known only at run time (`tuple(xs)`, `()`, `(0,) * n`, a
  slice, `+=`), used as values, keys and format arguments; `vsum(*xs, k=1)` (iterating
  `reversed(xs)`); `h, *rest = t`;
  lists made with floats or Nones that later take ints or tuples; tuples of two lengths in a list.
- named: named tuples of each form (namedtuple with defaults, NamedTuple), compared, sorted,
  replaced, spread into *args and **kwargs functions; and (from a stream of its own) named tuples
  whose fields take an int in one place and a float in another (a list appended to, a dict's
  values, a conditional rebinding, `_replace`), printed and summed field by field.
- noneor: a place that holds None or a value (a number, str, tuple or list): given None on
  some paths, by a conditional expression, by a best-so-far loop, by d.get(k), or read from
  a list of None and values; then used where None is taken as it is (printing, `is None`,
  `==`, truth, `or`, isinstance, displays) or where a value is needed (arithmetic, len,
  indexing, `+`), each in a try that prints CPython's TypeError or AttributeError.
- closures: functions whose values leave their frame: adders and lambda lists made in a
  loop (each sees the loop variable's last value), a counter with `nonlocal`, a decorator
  (with and without arguments, stacked), a memoizing decorator over a dict, bound methods
  stored in lists and fields, closures kept in a dict and called later.
- setconst: set displays of constants (ints, with -x and collisions modulo 8, 16 and 32;
  floats; pairs of ints), printed and iterated (`for`, comprehensions), also a display
  with the items of an earlier one in another order: CPython lays these out as frozenset
  constants merged per module (pyzc/frontend/set_constants.py).  No strs: CPython's
  str hashes, and so its print order of a set of strs, change from run to run.
- gens: generator functions and the iterator protocol mixed with the rest: a generator with
  try/finally and a return value that raises on a chosen item, generators over generators
  (map, filter, `yield from` with its value, recursion), generator methods, a class whose
  `__iter__` is a generator and one whose `__next__` raises StopIteration, generator
  expressions as arguments of a user function, partial consumption by next() and a loop
  that breaks, then resumed; itertools (islice, chain, takewhile, dropwhile, accumulate,
  groupby, zip_longest, combinations/permutations with a computed r), map, filter, zip,
  enumerate over them; a place holding generators of two functions, a generator kept in an
  object's field, an overriding generator method calling the base's through super(), default
  and keyword arguments.  Sizes and factors are the program's own int expressions.  A
  generator holding a try is always consumed to its end or to its exception (CPython would
  run its finally when an abandoned one is freed; pyzc never closes one: README).
- bigint: ints past 64 bits (runtime_c/int.c): expression trees of + - * // % & | ^ ~ << >> **
  pow(a, b, m) max min over values of up to 260 bits, near 2**63 and near pyzc's small range's
  bottom (-2**63 + 2**60), from loops so they are not constants; accumulators that grow past 64
  bits; lists, dicts and tuples of big ints sorted, summed and searched; their text (str, repr,
  format specs), hashes, floats and comparisons with floats.  Each in a try printing CPython's
  ZeroDivisionError, ValueError or OverflowError.  Also a class whose `__hash__` returns an int
  past 64 bits, its objects used as dict keys and set items (CPython hashes that int), and big
  constants, big and small, on either side of variables, small and big, in arithmetic and comparisons.
- emptyin: empty displays (`[]`, `{}`, `set()`) inside tuple, list and dict displays, whose
  type only the place they go gives: `xs.append((k, []))`, `xs.insert(0, ...)`, `xs.extend(...)`
  into lists of tuples holding lists of strs, floats or tuples; `for v in ([], [...])`; a list of
  tuples with empty and filled lists; dict values `([], n)`; then everything printed.
- clsattr: class attributes that subclasses give again (`Ca*` classes, three levels and a sibling),
  read through objects whose static class is the base (a list of them, a base method's `self.tag`),
  and changed on a class (`CaBase.size = k`: the subclasses that do not give it follow).
- tailsum: `ts*` functions whose self-call ends a sum or a product (`return n + ts0(n - 1, k)`, the
  call on either side, in a conditional expression, a second site, arguments that trade places, a
  term that prints or divides by zero), a float sum that must stay calls, and one that never ends
  (RecursionError), called with depths up to 150 inside a try printing the exception's type; a
  `tsfib` of two self-calls (`tsfib(n - 1, k) + tsfib(n - 2, k)`: passes/fuse_tail_checks.py) with
  bases that print or divide by zero, and a `tsgrow` whose folded call never ends.
- splitloop: `for w in s.split()`, `s.split(sep)` and `s.splitlines()` over texts with Unicode
  whitespace and line breaks, separators of one and more characters (and the empty one: ValueError),
  with break and else, in comprehensions and sums, under enumerate and zip, and the name of the text
  rebound inside the loop (pyzc cuts each piece as the loop reaches it: ir/build_iteration.py).
- powvar: `**` whose exponent is a variable (a constant, `len()`, `//` and `%` of constants, then
  `+=`, `-=`, `* 2`, `- 5`, `**=`), a comprehension or loop variable over ranges with negative
  starts and steps, and a product of such a variable: an int where every value the variable takes
  is >= 0, a float where one may be negative (types/nonneg_names.py), ZeroDivisionError for 0.
- framelist: `fl*` functions making lists in loops that pyzc may keep in the C frame
  (passes/frame_lists.py): filled by append past the frame's room, split into, joined, indexed,
  sorted and extended into; one kept by a second name across the next round (`prev = cur`), one
  copied, one stored into an outer list or returned, one read in an exception handler after a
  raise in the loop or a split by an empty separator in a later round (the handler sees the last
  round's list), all checked by printing what the lists held.
- padparts: `rjust`, `ljust`, `zfill` and `f"{s:>w}"`, `f"{s:<w}"`, `f"{s:w}"` fields inside chains of `+`,
  `join`s of displays and f-strings (pyzc writes a constant width's padding into the concatenation:
  passes/fuse_str_parts.py), of strs with signs, Unicode and empty ones, of `str(n)` of ints of
  either sign and past 4,300 digits, next to widths that are variables, fills that are not spaces,
  the padded name rebound by a walrus in the same expression, and a width too large (MemoryError);
  `sep.join(xs)` parts next to `xs.pop()` and `xs.append()` in the same expression (the join sees
  the list as it was); items of a list never filled in conditional expressions; each in a try printing the exception's type.
- piecesplit: pieces of a text (a line of a `splitlines()` loop, a piece of a `split(sep)` loop, a field
  of `a, b, c = s.split(sep)`) split again, kept in a list, split only measured (`len(row.split())`),
  with maxsplit, an empty separator (ValueError), the text or the piece's name rebound in the loop,
  and the piece also kept or printed (pyzc splits a piece read only by splits where it lies in its
  text: passes/split_piece_ranges.py).
- neverret: functions that never return (they always raise) called where a value is wanted: in
  concatenations, f-strings, displays, `%`, method calls, arguments, after a true or false operand
  of `or`/`and` and before one, in either branch of a conditional expression, and through function
  values (one alone, or in a list beside functions that return strs): the other operands' types
  give the expression its type, and the call's exception is what the program sees.
- piecepart: fields of `k, v = row.split("=")` (rows of a `splitlines()` or `split(";")` loop) read
  only as parts of concatenations, padded or not (`k + ":" + v.rjust(5)`, f-strings with widths), and
  by `int(v)`, with text that int() refuses, rows without the separator or with two, Unicode
  fields, a field also kept or rebound, and a handler that prints the fields (pyzc reads such a
  field where it lies in its row: passes/split_piece_ranges.py).
- bitedge: `~`, `&`, `|`, `^` and `>>` of locals assigned constants near the edges of int64 and of
  pyzc's small range (-2**63 + 2**60), in a function and in a loop: the value ranges prove the
  operands small, and the result may still leave the small range (`~(2**63 - 2**59)`).
- typeweb: a function's variable given ints and strs by statements nested in ifs, for and while
  loops (with break and continue) and try/except, read between them, in segments that each keep
  one type: no read sees both, and pyzc accepts the function by making each web of assignments and
  reads a variable of its own (types/split_vars.py).
- mutiter: a dict or a set changed by the loop walking it (keys, values, items; a dict's reversed()
  too): the current key or another deleted, popped, re-added or overwritten, new keys added, a
  generator expression or reversed() made over it before it changes; CPython's RuntimeErrors
  ("changed size", "keys changed") caught and printed, and what the loop saw.
- numhash: hash() of tuples whose items are ints and floats in one place (a number of several
  types) or tuples of any length, of such items alone and in one-item tuples, and sets and dict
  keys of them printed (their order is CPython's only when every hash is: strs are left out, their
  hashes change from run to run).
- tuplekey: a dict keyed by tuples of the items a function defined before it returns (unknown
  in inference's first rounds), d.get(key, default) / d.pop / d.setdefault read in the statement
  that stores d[key].
- mutlist: lists and deques changed while something walks them: iter() of a list exhausted (by a
  for loop, list(), next() or a loop stopped by break) and the list then grown, the iterator read
  again (an exhausted one stays exhausted); a deque changed by the loop walking it, forward or by
  reversed() (items added, taken or deleted, rotated, cleared; reversed or d[0] set, which
  CPython's iterator does not notice),
  the RuntimeError caught and printed; list.sort() and sorted() with a key that reads, grows,
  clears the list or raises (the list is empty meanwhile; CPython's "list modified during sort"
  caught); del of indices in and out of range (CPython's IndexError caught).
- textconv: text made from values of any type: f-string fields with `!s`/`!r` and a format spec
  (the spec formats the str the conversion makes: `f"{x!s:.2}"`), and conditional expressions
  with a str in one branch and an int, float, bool or object in the other, printed and formatted
  (`print(n if c else 'none')`, `f"{n if c else 'none':>6}"`), each in a try printing CPython's
  ValueError for a spec the value's type refuses; and `type(n).__name__` of a number of several
  types holding a bool, an int or a float.  Its class TxV has __str__, __repr__ and __format__, which
  every formatting without a conversion calls, with an empty spec too (`f"{x}"`, `format(x)`).
- iterdflt: next() with a default of any type of iterators that never give an item (iter() of `[]`,
  `()`, `set()`, `{}`, a list never filled, an empty dict's views written in place, `range(0)`, a
  generator expression over nothing) and of a dict's views; and objects unpacked through their
  __iter__ (`x, y = obj`: a generator method, iter() of a list, an object with __next__) into as
  many names as it gives, one fewer or one more (CPython's ValueError caught and printed).
- odops: a collections.OrderedDict changed by a run of stores, deletes, `move_to_end` (both ends),
  `popitem` (both ends), `pop`, `update` and `clear`, each KeyError caught and printed; printed with
  `reversed()` and compared with `==` (order counts between two OrderedDicts, not with a dict);
  and a loop over it that moves, adds or deletes a key (CPython's "OrderedDict mutated during
  iteration" caught).
- lenkey: dict keys and set items that are tuples of several lengths: a memo keyed by (n, parts) where
  the recursion passes parts[1:] or parts[:-1] (a tuple parameter first given a tuple of known
  length), sets and dicts given tuples of two lengths, `()`, `tuple(...)` and one-item tuples, looked
  up with `in`, get, pop, discard, remove and del (CPython's KeyError caught); printed, unsorted where
  every item is an int (the order then shows the hashes are CPython's); and a dict keyed by objects
  whose __eq__ prints, read by get/pop/`in` (each lookup compares a key once per entry, as CPython).
- subrefl: operands of a class and of classes derived from it, whose dunders print: `<`, `>`, `==`,
  `!=`, `+` between every pair of a pool of objects of the three classes, where CPython calls the
  right operand's reflected method first when its class derives from the left's (a comparison's
  always, `__radd__` when the derived class overrides it).
- libval: values made where they stand: a library class (fractions.Fraction) passed as a function
  value and called through it, a named tuple given an empty list in one place and items in another, and lambdas with computed defaults (`lambda x, k=k: ...`) made in a
  loop, a comprehension and a tuple display, called with and without the default given.
- piecefar: fields of `a, b, c = row.split(sep)` in a function's loop read in other blocks than the
  split's (after a loop over another field, in one branch of an if, after a try): as parts of
  concatenations, padded or not, split again or by int(), with a field also kept, rebound in a branch,
  printed by a handler, or read in the next iteration (pyzc reads a field whose every read is in
  place where it lies in its row: passes/split_piece_ranges.py, _Uses).
- lamscope: in a function, lambdas with computed defaults whose bodies read the function's
  variables (one rebound after the lambdas are made), a constant default after a computed one, called
  with and without those parameters given, by position and by name; and a nested factory def whose
  nested def has a computed default (frontend/lambda_defaults.py, symbols.py lift_nested).
- finraise: a chain of one to three functions `tf0(x)` -> `tf1(x + d)` -> ..., the last raising on one
  value of x (IndexError, KeyError, ZeroDivisionError, ValueError, AssertionError or a FuzzError),
  each wrapping its work in try/finally (with a handler for another exception, a handler that prints
  and re-raises, nested in a loop, a finally that handles an exception of its own or raises one, a
  return inside the try) or in `with TfCm(...)` (a class with `__enter__`/`__exit__`).  Called
  inside try with a safe and the raising value; and (at most once, last) the program ends by calling
  it uncaught, sometimes under a module-level try/finally, so the whole traceback shows: each frame
  must show the line that raised, not its finally's (tests/programs/regressions/finally_keeps_the_raising_line.py).
- bigtext: ints that may be past 4,300 digits made text (str(n), f-strings with and without a width,
  `"v" + str(n)`, "%d", repr and str of lists, tuples, dicts and sets holding them, print) inside a
  try whose handler catches the ValueError, and outside one in a function a handler calls: the
  handler must run, in that frame (an int's str raises only when it is big: passes/guard_big_ints.py
  decides, after the passes that drop handlers nothing reaches).
"""

from __future__ import annotations

import random

# shape -> the chance that a program turns it on
SHAPES = {"alias": 0.35, "empty": 0.3, "rebind": 0.25, "reccont": 0.25, "comp": 0.3, "dunder": 0.3,
          "edge": 0.3, "sumstart": 0.25, "unbound": 0.25, "bigrange": 0.25, "bigdisplay": 0.2, "setconst": 0.25,
          "numunion": 0.3, "noneor": 0.3, "lateattr": 0.25, "anytuple": 0.25, "named": 0.25, "closures": 0.3,
          "gens": 0.35, "bigint": 0.35, "emptyin": 0.3, "clsattr": 0.3, "textconv": 0.3, "tailsum": 0.3,
          "splitloop": 0.3, "powvar": 0.3, "framelist": 0.3, "padparts": 0.3, "piecesplit": 0.3,
          "neverret": 0.3, "piecepart": 0.3, "nonehere": 0.3, "clsfield": 0.3, "bitedge": 0.3, "typeweb": 0.3,
          "mutiter": 0.3, "numhash": 0.3, "mutlist": 0.3, "iterdflt": 0.3, "tuplekey": 0.3, "odops": 0.3,
          "lenkey": 0.3, "subrefl": 0.3, "libval": 0.3, "piecefar": 0.3, "lamscope": 0.3, "finraise": 0.3,
          "bigtext": 0.3}
LATE_SHAPES = ("anytuple", "named", "closures", "gens", "bigint")  # turned on by a generator of their own (init_shapes)
OWN_STREAM = ("textconv", "tailsum", "splitloop", "powvar", "framelist", "padparts", "piecesplit",
              "neverret", "piecepart", "nonehere", "clsfield", "bitedge", "typeweb", "mutiter", "numhash",
              "mutlist", "iterdflt", "tuplekey", "odops", "lenkey", "subrefl", "libval", "piecefar", "lamscope",
              "finraise", "bigtext")  # turned on by their own stream, drawing nothing from the program's (emptyin and clsattr
# draw one number from it, for nothing: kept so that the programs of earlier seeds stay what they were)

I64_MAX = 2**63 - 1
EDGE_VALUES = [I64_MAX, -2**63, I64_MAX - 1, -2**63 + 1, 2**62, -2**62, 2**53, 2**53 + 1, 2**53 - 1,
               -(2**53) - 1, 3037000499, 3037000500, -3037000500, 2**32 + 1, 2**31, 0, 1, -1, 7, -7, 1000003]
EDGE_DIVISORS = [1, -1, 2, 3, -3, 7, 10, 2**31 - 1, 2**53 + 1, -(2**53), I64_MAX, -2**63]
EDGE_CONSTS = ["2**63 - 1", "-2**63", "-(2**63)", "-1 << 63", "(-1) << 63", "2**63 - 2", "-2**63 + 5",
               "-2**63 // 2", "(1 << 63) - 1", "-(1 << 63)", "~(2**63 - 1)", "2**53 + 1", "-2**53 - 1",
               "2**62 + (2**62 - 1)", "-9223372036854775808", "9223372036854775807", "-2**62 * 2",
               "2**63 - 1 - (2**62)", "(2**63 - 1) // 3", "-2**63 % 10"]
DZ_EXCS = ["ValueError", "KeyError", "RuntimeError", "IndexError", "ZeroDivisionError"]
I64_MIN = -2**63
RANGE_BOUNDS = [I64_MIN, I64_MIN + 1, I64_MIN + 7, -2**62, -1000, -7, -1, 0, 1, 5, 1000, 2**62, I64_MAX - 7,
                I64_MAX - 1, I64_MAX]
RANGE_STEPS = [1, -1, 2, -2, 3, -3, 7, -7, 1000, 2**61, -2**61, 2**62, -2**62, I64_MAX, I64_MIN, I64_MAX - 1, -I64_MAX]
# (source, value) of range arguments written as constant expressions
RANGE_CONSTS = [("-2**63", I64_MIN), ("2**63 - 1", I64_MAX), ("-(2**63) + 1", I64_MIN + 1), ("2**62", 2**62),
                ("-2**62", -2**62), ("2**63 - 2", I64_MAX - 1), ("-1", -1), ("0", 0), ("3", 3), ("-3", -3)]
DISPLAY_CHARS = "abcxyz XYZ019_-.,'\"\\\n\té中"


def range_len(a: int, b: int, c: int) -> int:
    """len(range(a, b, c)) without CPython's limit of 2**63 - 1."""
    return max(0, (b - a + c - (1 if c > 0 else -1)) // c)


def partial_sums_fit(triples) -> bool:
    """Whether summing each range(a, b, c) left to right keeps every partial sum within int64
    (the final sum may fit while a partial one does not: seed 1003656)."""
    for a, b, c in triples:
        if c == 0:
            continue
        total = 0
        for x in range(a, b, c):
            total += x
            if not -2**63 <= total <= I64_MAX:
                return False
    return True


def edge_lit(v: int) -> str:
    """An int64 value as source that every int64 compiler must take: -2**63 as a sum."""
    if v == -2**63:
        return "(-9223372036854775807 - 1)"
    return str(v) if v >= 0 else f"({v})"


class ShapesMixin:
    """Needs from the host: r, lines, emit, fresh, funcs, scope types and value helpers."""

    def init_shapes(self):
        r = self.r
        self.shapes = {s for s, p in SHAPES.items() if s not in LATE_SHAPES + OWN_STREAM and r.random() < p}
        # a shape added later draws from a generator of its own, seeded from this one's state without
        # advancing it: the programs without it stay exactly what they were
        late = random.Random(r.getstate()[1][0])
        self.shapes |= {s for s in LATE_SHAPES if late.random() < SHAPES[s]}
        # gens draws from its own stream too, so the rest of a program that has it stays as it was
        self.gens_r = random.Random(late.random())
        # and so does bigint (a stream seeded from late's after gens', so gens' stays as it was)
        self.bigint_r = random.Random(late.random() + 0.5)
        # emptyin: turned on and drawn from a stream of its own, seeded after bigint's
        self.emptyin_r = random.Random(late.random() + 0.25)
        if self.emptyin_r.random() < SHAPES["emptyin"]:
            self.shapes.add("emptyin")
        # clsattr: the same, seeded after emptyin's
        self.clsattr_r = random.Random(late.random() + 0.125)
        if self.clsattr_r.random() < SHAPES["clsattr"]:
            self.shapes.add("clsattr")
        # textconv: the same, seeded after clsattr's
        self.textconv_r = random.Random(late.random() + 0.0625)
        if self.textconv_r.random() < SHAPES["textconv"]:
            self.shapes.add("textconv")
        # tailsum: the same, seeded after textconv's
        self.tailsum_r = random.Random(late.random() + 0.03125)
        if self.tailsum_r.random() < SHAPES["tailsum"]:
            self.shapes.add("tailsum")
        # splitloop: the same, seeded after tailsum's
        self.splitloop_r = random.Random(late.random() + 0.015625)
        if self.splitloop_r.random() < SHAPES["splitloop"]:
            self.shapes.add("splitloop")
        # powvar: the same, seeded after splitloop's
        self.powvar_r = random.Random(late.random() + 0.0078125)
        if self.powvar_r.random() < SHAPES["powvar"]:
            self.shapes.add("powvar")
        # framelist: the same, seeded after powvar's
        self.framelist_r = random.Random(late.random() + 0.00390625)
        if self.framelist_r.random() < SHAPES["framelist"]:
            self.shapes.add("framelist")
        self.framelist_calls: list[str] = []  # calls of the fl* functions
        # padparts: the same, seeded after framelist's
        self.padparts_r = random.Random(late.random() + 0.001953125)
        if self.padparts_r.random() < SHAPES["padparts"]:
            self.shapes.add("padparts")
        # piecesplit: the same, seeded after padparts'
        self.piecesplit_r = random.Random(late.random() + 0.0009765625)
        if self.piecesplit_r.random() < SHAPES["piecesplit"]:
            self.shapes.add("piecesplit")
        # neverret: the same, seeded after piecesplit's
        self.neverret_r = random.Random(late.random() + 0.00048828125)
        if self.neverret_r.random() < SHAPES["neverret"]:
            self.shapes.add("neverret")
        # piecepart: the same, seeded after neverret's
        self.piecepart_r = random.Random(late.random() + 0.000244140625)
        if self.piecepart_r.random() < SHAPES["piecepart"]:
            self.shapes.add("piecepart")
        # nonehere: the same, seeded after piecepart's
        self.nonehere_r = random.Random(late.random() + 0.0001220703125)
        if self.nonehere_r.random() < SHAPES["nonehere"]:
            self.shapes.add("nonehere")
        # clsfield: the same, seeded after nonehere's
        self.clsfield_r = random.Random(late.random() + 0.00006103515625)
        if self.clsfield_r.random() < SHAPES["clsfield"]:
            self.shapes.add("clsfield")
        # bitedge: the same, seeded after clsfield's
        self.bitedge_r = random.Random(late.random() + 0.000030517578125)
        if self.bitedge_r.random() < SHAPES["bitedge"]:
            self.shapes.add("bitedge")
        # typeweb: the same, seeded after bitedge's
        self.typeweb_r = random.Random(late.random() + 0.0000152587890625)
        if self.typeweb_r.random() < SHAPES["typeweb"]:
            self.shapes.add("typeweb")
        # gens: one generator given to zip() or map() twice, from a stream of its own (seeded last)
        self.gzpair_r = random.Random(late.random() + 0.00000095367431640625)
        # mutiter: turned on by a stream of its own, seeded after gzpair's
        self.mutiter_r = random.Random(late.random() + 0.000000476837158203125)
        if self.mutiter_r.random() < SHAPES["mutiter"]:
            self.shapes.add("mutiter")
        # named: named tuples with fields of several types, from a stream of its own (seeded after mutiter's)
        self.ntmix_r = random.Random(late.random() + 0.000000059604644775390625)
        # numhash: the same, seeded after ntmix's
        self.numhash_r = random.Random(late.random() + 0.0000002384185791015625)
        if self.numhash_r.random() < SHAPES["numhash"]:
            self.shapes.add("numhash")
        # mutlist: the same, seeded after numhash's
        self.mutlist_r = random.Random(late.random() + 0.00000011920928955078125)
        if self.mutlist_r.random() < SHAPES["mutlist"]:
            self.shapes.add("mutlist")
        # iterdflt: the same, seeded after mutlist's
        self.iterdflt_r = random.Random(late.random() + 0.0000000298023223876953125)
        if self.iterdflt_r.random() < SHAPES["iterdflt"]:
            self.shapes.add("iterdflt")
        # tuplekey: the same, seeded after iterdflt's
        self.tuplekey_r = random.Random(late.random() + 0.00000001490116119384765625)
        if self.tuplekey_r.random() < SHAPES["tuplekey"]:
            self.shapes.add("tuplekey")
        # odops: the same, seeded after tuplekey's
        self.odops_r = random.Random(late.random() + 0.000000007450580596923828125)
        if self.odops_r.random() < SHAPES["odops"]:
            self.shapes.add("odops")
        # dunder: the Dg class and its statements, from a stream of their own (seeded after odops'), so
        # that the rest of a program with the dunder shape stays what it was
        self.dg_r = random.Random(late.random() + 0.0000000037252902984619140625)
        # lenkey: its own stream, seeded after the dunder shape's
        self.lenkey_r = random.Random(late.random() + 0.00000000186264514923095703125)
        if self.lenkey_r.random() < SHAPES["lenkey"]:
            self.shapes.add("lenkey")
        # subrefl: its own stream, seeded after lenkey's
        self.subrefl_r = random.Random(late.random() + 0.0000000004656612873077392578125)
        if self.subrefl_r.random() < SHAPES["subrefl"]:
            self.shapes.add("subrefl")
        # libval: its own stream, seeded after subrefl's
        self.libval_r = random.Random(late.random() + 0.00000000023283064365386962890625)
        if self.libval_r.random() < SHAPES["libval"]:
            self.shapes.add("libval")
        # piecefar: its own stream, seeded after libval's
        self.piecefar_r = random.Random(late.random() + 0.000000000116415321826934814453125)
        if self.piecefar_r.random() < SHAPES["piecefar"]:
            self.shapes.add("piecefar")
        # lamscope: its own stream, seeded after piecefar's
        self.lamscope_r = random.Random(late.random() + 0.0000000000582076609134674072265625)
        if self.lamscope_r.random() < SHAPES["lamscope"]:
            self.shapes.add("lamscope")
        # finraise: its own stream, seeded after lamscope's
        self.finraise_r = random.Random(late.random() + 0.00000000002910383045673370361328125)
        if self.finraise_r.random() < SHAPES["finraise"]:
            self.shapes.add("finraise")
        self.tf: dict | None = None  # the finraise chain: its entry, a value that raises and one that does not
        # bigtext: its own stream, seeded after finraise's
        self.bigtext_r = random.Random(late.random() + 0.000000000014551915228366851806640625)
        if self.bigtext_r.random() < SHAPES["bigtext"]:
            self.shapes.add("bigtext")
        self.tailsum_calls: list[str] = []  # expressions calling a ts* function
        self.holders: dict[str, str] = {}  # container kind -> holder class
        self.alias_funcs: dict[str, list[str]] = {}  # kind -> functions taking one or two of it
        self.fill_funcs: list[dict] = []  # fe* functions
        self.rebinders: list[str] = []
        self.rec_calls: list[str] = []  # statements that call a recursive container function
        self.dz = None  # the dunder class's triggers
        self.unbound_funcs: list[str] = []  # ub* and ug* functions: a call of each is a statement
        self.set_displays: list[list[str]] = []  # items of the set displays of constants so far

    # ------------------------------------------------------------ definitions

    def shape_defs(self):
        if self.shapes & {"edge", "bigrange"}:
            self.lines += ["I64_MAX = 9223372036854775807", "I64_MIN = -9223372036854775807 - 1", ""]
        if "alias" in self.shapes:
            self.alias_defs()
        if "empty" in self.shapes:
            for i in range(self.r.randint(1, 3)):
                self.fill_def(i)
        if "rebind" in self.shapes:
            for i in range(self.r.randint(1, 2)):
                self.rebind_def(i)
        if "reccont" in self.shapes:
            for i in range(self.r.randint(1, 2)):
                self.rec_container_def(i)
        if "dunder" in self.shapes:
            self.dunder_def()
        if "numunion" in self.shapes:
            self.num_param_def()
        if "anytuple" in self.shapes:
            self.lines += ["def vsum(*xs, k=1):", "    total = 0", "    for x in reversed(xs):", "        total += x * k",
                           "    return (len(xs), total, xs, [x - 1 for x in reversed(xs)])", ""]
        if "unbound" in self.shapes:
            for i in range(self.r.randint(1, 3)):
                self.unbound_def(i)
            self.late_global_def()
        if "named" in self.shapes:
            self.named_defs()
        if "closures" in self.shapes:
            self.ck_defs()
        if "gens" in self.shapes:
            self.with_gens_random(self.gens_defs)
        if "clsattr" in self.shapes:  # no draws
            self.lines += ["class CaBase:", "    tag = 'base'", "    size = 1", "", "    def describe(self):",
                           "        return self.tag + ':' + str(self.size * 2)", "", "",
                           "class CaMid(CaBase):", "    tag = 'mid'", "", "",
                           "class CaLeaf(CaMid):", "    size = 7", "", "", "class CaSide(CaBase):", "    pass", ""]
        if "tailsum" in self.shapes:
            self.tailsum_defs()
        if "framelist" in self.shapes:
            self.framelist_defs()
        if "neverret" in self.shapes:  # no draws
            self.lines += ["def nrfail(m):", "    raise ValueError('nr ' + m)", "", "def nrok(m):", "    return m + '!'", "",
                           "def nrpick(flag, m):", "    if flag:", "        return nrfail(m)", "    return nrok(m)", ""]
        if "finraise" in self.shapes:
            self.finraise_defs()
        if "clsfield" in self.shapes:  # no draws
            self.lines += ["class CfBase:", "    color = 'white'", "    hits = 0", "    seen = []", "    shade = 'light'", "    level = 0", "",
                           "    def __init__(self, k):", "        self.k = k", "",
                           "    def visit(self):", "        self.color = 'black' + str(self.k)", "        self.hits += 1",
                           "        CfBase.seen.append(self.k)", "        return self.hits", "",
                           "    @classmethod", "    def bump(cls, n):", "        cls.hits += n", "        cls.seen.append(-n)",
                           "        return cls.hits", "",
                           "    @classmethod", "    def label(cls):", "        return cls.__name__ + ':' + cls.color", "",
                           "    @classmethod", "    def make(cls, k):", "        return cls(k + 1)", "",
                           "    def clone(self):", "        return CfBase(self.k + 1)", "", "",
                           "    def tint(self):", "        return self.shade + '/' + self.color", "", "",
                           "class CfSub(CfBase):", "    color = 'grey'", "    shade = 'mid'", "",
                           "    def clone(self):", "        return CfSub(self.k + 2)", "",
                           "    def relevel(self):", "        self.level = self.level * 2.5", "        return self.level", "",
                           "    def paint(self):", "        self.shade = 'dark' + str(self.k)", "",
                           # class attributes given to objects outside the methods (`o.hits += 2` in a function; an
                           # int class attribute given a float); a base __init__ calling a method a subclass
                           # overrides to read a field set after super().__init__(); a field set only by a method
                           # never called
                           "def cfpoke(o):", "    o.hits += 2", "    o.level += 0.5", "    return o.hits, o.level", "",
                           "class CfPre:", "    level = 0", "", "    def __init__(self):", "        self.desc = self.describe()", "",
                           "    def describe(self):", "        return 'pre'", "",
                           "    def never(self):", "        self.ghost = 1", "",
                           "    def ghost_read(self):", "        return self.ghost", "", "",
                           "class CfPreSub(CfPre):", "    def __init__(self, k):", "        super().__init__()",
                           "        self.k = k", "",
                           "    def describe(self):", "        return 'sub' + str(self.k)", "",
                           "def cfmake(k):", "    try:", "        return CfPreSub(k).desc", "    except AttributeError as e:",
                           "        return str(e)", "",
                           "def cfghost():", "    try:", "        return CfPre().ghost_read()", "    except AttributeError as e:",
                           "        return str(e)", "",
                           # a field of a base's objects that only a subclass has a class attribute for
                           "class CfMark:", "    def __init__(self, k):", "        if k % 2:", "            self.mark = 'm' + str(k)", "",
                           "    def show(self):", "        return self.mark", "",
                           "class CfMarkSub(CfMark):", "    mark = 'sub'", "",
                           "def cfmark(k):", "    out = []", "    for o in [CfMarkSub(k), CfMark(k), CfMarkSub(k + 1)]:",
                           "        try:", "            out.append(o.show() + ':' + o.mark)", "        except AttributeError as e:",
                           "            out.append(str(e))", "    return out", ""]
        if "nonehere" in self.shapes:  # no draws
            self.lines += ["class NhV:", "    def __init__(self, x):", "        self.x = x", "",
                           "    def __add__(self, other):", "        if isinstance(other, NhV):",
                           "            return NhV(self.x + other.x)", "        return NhV(self.x + other)", "",
                           "    def __repr__(self):", "        return 'NhV(' + repr(self.x) + ')'", "",
                           "def nhside(t):", "    print('nhside', t)", "    return 1", "",
                           # parameters that default to None, given a value when they are None: not None after
                           "def nhfill(p=None, q=None):", "    if p is None:", "        p = {}", "    if q is not None:",
                           "        pass", "    else:", "        q = [0]", "    p[len(p)] = q[-1]", "    q.append(len(q))",
                           "    return p, q", "",
                           # a field tested against None, then changed (or not) before it is read
                           "class NhBox:", "    def __init__(self, s):", "        self.s = s", "",
                           "    def drop(self):", "        self.s = None", "        return 0", "",
                           "def nhclear(b):", "    b.s = None", "",
                           # `deps or []` where deps defaults to None: the instance called without it still
                           # gives a list, so the field it is stored in is never None
                           "class NhJob:", "    def __init__(self, deps):", "        self.deps = deps", "",
                           "def nhor(deps=None, k=None):", "    return NhJob(deps or k or [])", "",
                           # `other if isinstance(other, NhW) else NhW(other)`: where other is an NhW, only None
                           # fails the test, so the else branch makes NhW(None), never an NhW of an NhW
                           "class NhW:", "    def __init__(self, x):", "        self.x = x", "",
                           "    def __mul__(self, other):", "        other = other if isinstance(other, NhW) else NhW(other)",
                           "        return NhW(self.x * other.x)", "",
                           "    def __repr__(self):", "        return 'NhW(' + repr(self.x) + ')'", "",
                           "def nhwrap(v):", "    if not isinstance(v, NhW):", "        return NhW(v)", "    return v", ""]
        if "textconv" in self.shapes:  # no draws
            self.lines += ["class TxV:", "    def __init__(self, k):", "        self.k = k", "",
                           "    def __str__(self):", "        return 'tx' + str(self.k)", "",
                           "    def __repr__(self):", "        return 'TxV(' + repr(self.k) + ')'", "",
                           "    def __format__(self, spec):", "        return format('fx' + str(self.k), spec)", ""]
        if "bigint" in self.shapes:  # no draws: the bigint stream stays as it was
            self.lines += ["class BigH:", "    def __init__(self, v):", "        self.v = v",
                           "    def __hash__(self):", "        return self.v * 2**70 + 2**64 + 1",
                           "    def __eq__(self, other):", "        return self.v == other.v", ""]

    def unbound_def(self, i: int):
        """ub<i>(flag, n): locals assigned on some paths only, then read."""
        r = self.r
        name = f"ub{i}"
        self.lines.append(f"def {name}(flag, n):")
        assigned = []
        for j in range(r.randint(1, 3)):
            v = f"u{j}"
            form = r.randrange(6)
            if form == 0:
                self.emit(1, f"if flag:\n    {v} = n * {r.randint(2, 9)}")
                if r.random() < 0.4:
                    self.emit(1, f"else:\n    {v} = {r.randint(-9, 9)}")
            elif form == 1:
                self.emit(1, f"for k in range(n):\n    {v} = k + {r.randint(0, 5)}")
            elif form == 2:
                self.emit(1, f"m = n\nwhile m > {r.randint(0, 2)}:\n    m -= 1\n    {v} = m")
            elif form == 3:
                self.emit(1, f"try:\n    {v} = {r.randint(10, 99)} // (n - {r.randint(0, 3)})\n"
                             f"except ZeroDivisionError:\n    {'pass' if r.random() < 0.6 else v + ' = 0'}")
            elif form == 4:
                self.emit(1, f"if n > {r.randint(0, 3)}:\n    {v} = 'x' * n\nelif flag:\n    {v} = 'f'")
                assigned.append(f"len({v})")
                continue
            else:
                self.emit(1, f"{v} = n - 1")  # assigned on every path (`del name` is not supported yet)
            assigned.append(v)
        self.emit(1, f"return {' + '.join(assigned)}")
        self.lines.append("")
        self.unbound_funcs.append(f"try:\n    print('ub', {name}({{flag}}, {{n}}))\n"
                                  f"except UnboundLocalError as e:\n    print('unbound', e)")

    def late_global_def(self):
        """ug(): reads a global that the module assigns only after calling ug() once."""
        r = self.r
        self.lines += ["def ug():", f"    return LATE * {r.randint(2, 9)} + 1", "",
                       "try:", "    print('late', ug())", "except NameError as e:", "    print('NameError', e)",
                       f"LATE = {r.randint(-50, 50)}", ""]
        self.unbound_funcs.append("print('late', ug())")

    def alias_defs(self):
        r = self.r
        for kind, cls in (("list", "HoldL"), ("set", "HoldS"), ("dict", "HoldD"), ("deque", "HoldQ"), ("counter", "HoldC")):
            if kind in ("deque", "counter") and r.random() < 0.5:
                continue
            self.lines += [f"class {cls}:", "    def __init__(self, items):", "        self.items = items", ""]
            self.holders[kind] = cls
        if "deque" in self.holders or "counter" in self.holders:
            self.lines.insert(0, "import collections")
        for kind in self.holders:
            for j in range(r.randint(1, 2)):
                name = f"al_{kind}{j}"
                two = r.random() < 0.4
                self.lines.append(f"def {name}(xs, {'ys' if two else 'k'}):")
                for _ in range(r.randint(1, 4)):
                    if two and r.random() < 0.5:
                        op = self.alias_op_with(kind, "xs", "ys")
                    else:
                        op = self.alias_op(kind, "xs", "k" if not two else "len(ys)", name_ok=True)
                    self.emit(1, op)
                if two:
                    self.emit(1, "print('in', xs, ys)")
                self.emit(1, "return len(xs)")
                self.lines.append("")
                self.alias_funcs.setdefault(kind, []).append((name, two))

    def fill_def(self, i: int):
        """fe<i>(acc, k, tag='t'): fills acc, which callers pass empty or not."""
        r = self.r
        kind = r.choice(["list_int", "list_str", "list_tup", "list_list", "dict_str", "dict_list", "set_str",
                         "set_tup"])
        if self.fill_funcs and r.random() < 0.5:  # one of an earlier function's kind: it may pass acc on
            kind = r.choice(self.fill_funcs)["kind"]
        name = f"fe{i}"
        body = {
            "list_int": ["acc.append(k * 2)", "if len(acc) > 2:\n    acc.pop(0)"],
            "list_str": ["acc.append(tag + str(k))", "acc.sort()"],
            "list_tup": ["acc.append((k, tag))", "if len(acc) > 3:\n    del acc[0]"],
            "list_list": ["acc.append([k, len(acc)])", "if acc:\n    acc[-1].append(k % 3)"],
            "dict_str": ["if 'cat' in acc:\n    del acc['cat']", "acc[tag] = acc.get(tag, 0) + k"],
            "dict_list": ["acc.setdefault(k % 3, []).append(tag)", "acc[k % 3 + 10] = [tag + str(len(acc))]"],
            "set_str": ["acc.add(tag * (k % 3))", "acc.discard('cat')"],
            "set_tup": ["acc.add((k % 4, tag))", "acc.add((len(acc), 'n'))"],
        }[kind]
        # a generator over acc, which may never hold anything (its items then have no type)
        items = "acc.items()" if kind.startswith("dict_") else "acc"
        each = "str(k2) + str(v2) for k2, v2 in " if kind.startswith("dict_") else "str(x2) for x2 in "
        if kind in ("list_str", "set_str"):  # items that are strs already: with none, the items have no type at all
            each = "x2 for x2 in "
        joined = f"'-'.join(sorted({each}{items}))" if kind.startswith(("set_", "dict_")) else f"'-'.join({each}{items})"
        reads = f"print('j', {joined}, sum(1 for _ in {items}))"
        self.lines.append(f"def {name}(acc, k, tag='t'):")
        # a function that only reads acc: called with empty displays only, its items never get a type
        stmts = [reads] if r.random() < 0.15 else r.sample(body + [reads], r.randint(1, len(body) + 1))
        same = [f for f in self.fill_funcs if f["kind"] == kind]
        if same and r.random() < 0.5:  # the container goes on through another call
            stmts.insert(r.randint(0, len(stmts)), f"{r.choice(same)['name']}(acc, k + 1, tag=tag + 'x')")
        for s in stmts:
            self.emit(1, s)
        # a set of strs prints in an order that depends on CPython's per-process str hash seed: sorted
        whole = "sorted(acc)" if kind.startswith("set_") else "acc"
        ret = r.choice(["return tag + str(len(acc))", "return len(acc)", f"return {whole}"])
        self.emit(1, ret)
        self.lines.append("")
        self.fill_funcs.append({"name": name, "kind": kind, "only_empty": r.random() < 0.35})

    def rebind_def(self, i: int):
        r = self.r
        name = f"rb{i}"
        body = []
        for _ in range(r.randint(2, 5)):
            body.append(r.choice([
                "n = (n * 3 + 1) % 1000", "n = len(xs) + n % 10", "xs = xs + [n]", "xs = sorted(xs)",
                "xs = xs[:]\nxs.append(n)", "if len(xs) < 20:\n    xs.append(n % 7)", "s = s + str(n)",
                "s = s[::-1]", "xs = [e * 2 for e in xs]", "s = s.upper()",
                "for e in range(2):\n    n = n + e\n    xs = xs + [e]",
                "if n % 2 == 0:\n    xs = []\nelse:\n    n = -n"]))
        self.lines.append(f"def {name}(n, xs, s='rb'):")
        for b in body:
            self.emit(1, b)
        self.emit(1, "return (n, s, len(xs))" if r.random() < 0.5 else "return n + len(xs) + len(s)")
        self.lines.append("")
        self.rebinders.append(name)

    def rec_container_def(self, i: int):
        r = self.r
        kind = r.choice(["acc", "path", "memo", "seen", "strs"])
        name = f"rc{i}"
        if kind == "acc":
            m = r.randint(3, 9)
            self.lines += [f"def {name}(n, acc):", "    if n <= 0:", "        return acc",
                           f"    acc.append(n % {m})", f"    return {name}(n - 1, acc)", ""]
            self.rec_calls += [f"print('rc', {name}({r.randint(0, 6)}, []))",
                               f"rca{i} = [{r.randint(0, 9)}]\nprint('rc', {name}({r.randint(0, 5)}, rca{i}), rca{i})"]
        elif kind == "path":
            self.lines += [f"def {name}(n, path):", "    if n <= 0:", "        return [path]",
                           f"    return {name}(n - 1, path + [n]) + {name}(n - 2, path + [n * 10])", ""]
            self.rec_calls += [f"print('rc', {name}({r.randint(0, 5)}, []))",
                               f"print('rc', len({name}({r.randint(0, 6)}, [{r.randint(0, 9)}])))"]
        elif kind == "memo":
            self.lines += [f"def {name}(n, memo):", "    if n in memo:", "        return memo[n]",
                           f"    v = n if n < 2 else ({name}(n - 1, memo) + {name}(n - 2, memo)) % 1000",
                           "    memo[n] = v", "    return v", ""]
            self.rec_calls += [f"print('rc', {name}({r.randint(0, 40)}, {{}}))",
                               f"rcm{i} = {{}}\nprint('rc', {name}({r.randint(0, 12)}, rcm{i}), sorted(rcm{i}))"]
        elif kind == "seen":
            graph = {k: sorted(r.sample(range(6), r.randint(0, 3))) for k in range(6)}
            self.lines += [f"def {name}(node, graph, seen):", "    if node in seen:", "        return 0",
                           "    seen.add(node)", "    total = 1", "    for nxt in graph.get(node, []):",
                           f"        total += {name}(nxt, graph, seen)", "    return total", ""]
            self.rec_calls += [f"print('rc', {name}({r.randint(0, 5)}, {graph}, set()))",
                               f"rcs{i} = set()\nprint('rc', {name}({r.randint(0, 5)}, {graph}, rcs{i}), rcs{i})"]
        else:
            self.lines += [f"def {name}(n, s, out):", "    if n == 0:", "        out.append(s)", "        return",
                           f"    {name}(n - 1, s + 'a', out)", f"    {name}(n - 1, s + 'b', out)", ""]
            self.rec_calls += [f"rco{i} = []\n{name}({r.randint(0, 3)}, '', rco{i})\nprint('rc', rco{i})"]

    def dunder_def(self):
        r = self.r
        t = {d: r.randint(0, 9) for d in ("eq", "lt", "hash", "repr", "len")}
        exc = {d: r.choice(DZ_EXCS) for d in t}
        self.dz = t
        self.lines += [
            "class Dz:",
            "    def __init__(self, v):",
            "        self.v = v",
            "",
            "    def __eq__(self, other):",
            f"        if self.v == {t['eq']} and other.v == {t['eq']}:",
            f"            raise {exc['eq']}('eq ' + str(self.v))",
            "        return self.v == other.v",
            "",
            "    def __lt__(self, other):",
            f"        if self.v == {t['lt']} or other.v == {t['lt']}:",
            f"            raise {exc['lt']}('lt')",
            "        return self.v < other.v",
            "",
            "    def __hash__(self):",
            f"        if self.v == {t['hash']}:",
            f"            raise {exc['hash']}('hash ' + str(self.v))",
            "        return self.v % 5",
            "",
            "    def __repr__(self):",
            f"        if self.v == {t['repr']}:",
            f"            raise {exc['repr']}('repr')",
            "        return 'Dz(' + str(self.v) + ')'",
            "",
            "    def __len__(self):",
            f"        if self.v == {t['len']}:",
            f"            raise {exc['len']}('len')",
            "        return self.v % 4",
            "",
        ]
        self.dg_def()

    def dg_def(self):
        """Class Dg, whose dunders print: its __gt__ orders by another key than its __lt__ (so max(),
        which asks item > best, and `>` between tuples of Dg show which one ran); its __eq__, when it
        has one, is coarser than the order (tuples then go on to their next items) or missing (identity)."""
        t = self.dg_r
        m = t.randint(2, 4)
        lines = ["class Dg:", "    def __init__(self, v):", "        self.v = v", ""]
        if t.random() < 0.7:
            same = t.choice(["self.v == other.v", "self.v // 2 == other.v // 2", "self.v % 3 == other.v % 3"])
            lines += ["    def __eq__(self, other):", "        print('dg eq', self.v, other.v)", f"        return {same}", ""]
        lines += ["    def __lt__(self, other):", "        print('dg lt', self.v, other.v)"]
        if t.random() < 0.3:
            lines += [f"        if self.v == {t.randint(0, 9)}:", "            raise ValueError('lt ' + str(self.v))"]
        lines += ["        return self.v < other.v", "", "    def __gt__(self, other):", "        print('dg gt', self.v, other.v)"]
        if t.random() < 0.3:
            lines += [f"        if other.v == {t.randint(0, 9)}:", "            raise ValueError('gt ' + str(other.v))"]
        lines += [f"        return self.v % {m} > other.v % {m}", "", "    def __repr__(self):",
                  "        return 'Dg(' + str(self.v) + ')'", ""]
        self.lines += lines

    # ------------------------------------------------------------ statements

    def shape_stmt(self, scope, indent: int, depth: int, kind: str | None = None):
        """A statement of one of the program's shapes (kind, or one at random)."""
        r = self.r
        weights = {"alias": 3, "empty": 2, "rebind": 1, "reccont": 1, "comp": 1, "dunder": 2, "edge": 2,
                   "sumstart": 1, "unbound": 1, "bigrange": 2, "bigdisplay": 1, "setconst": 2, "numunion": 2, "noneor": 2,
                   "lateattr": 1, "anytuple": 2, "named": 2, "closures": 2}
        if "gens" in self.shapes and not self.in_method and self.gens_r.random() < 0.5:
            self.with_gens_random(lambda: [self.gens_stmt(scope, indent) for _ in range(self.r.randint(1, 3))])
        if "bigint" in self.shapes and not self.in_method and self.bigint_r.random() < 0.5:
            for _ in range(self.bigint_r.randint(1, 3)):
                self.bigint_stmt(indent)
        if "emptyin" in self.shapes and not self.in_method and self.emptyin_r.random() < 0.4:
            self.emptyin_stmt(indent)
        if "clsattr" in self.shapes and not self.in_method and self.clsattr_r.random() < 0.3:
            self.clsattr_stmt(indent)
        if "textconv" in self.shapes and not self.in_method and self.textconv_r.random() < 0.4:
            self.textconv_stmt(indent)
        if "tailsum" in self.shapes and not self.in_method and self.tailsum_r.random() < 0.4:
            self.tailsum_stmt(indent)
        if "splitloop" in self.shapes and not self.in_method and self.splitloop_r.random() < 0.4:
            self.splitloop_stmt(indent)
        if "powvar" in self.shapes and not self.in_method and self.powvar_r.random() < 0.4:
            self.powvar_stmt(indent)
        if "framelist" in self.shapes and not self.in_method and self.framelist_r.random() < 0.4:
            self.framelist_stmt(indent)
        if "padparts" in self.shapes and not self.in_method and self.padparts_r.random() < 0.4:
            self.padparts_stmt(indent)
        if "piecesplit" in self.shapes and not self.in_method and self.piecesplit_r.random() < 0.4:
            self.piecesplit_stmt(indent)
        if "neverret" in self.shapes and not self.in_method and self.neverret_r.random() < 0.4:
            self.neverret_stmt(indent)
        if "piecepart" in self.shapes and not self.in_method and self.piecepart_r.random() < 0.4:
            self.piecepart_stmt(indent)
        if "nonehere" in self.shapes and not self.in_method and self.nonehere_r.random() < 0.4:
            self.nonehere_stmt(indent)
        if "clsfield" in self.shapes and not self.in_method and self.clsfield_r.random() < 0.4:
            self.clsfield_stmt(indent)
        if "bitedge" in self.shapes and not self.in_method and self.bitedge_r.random() < 0.4:
            self.bitedge_stmt(indent)
        if "typeweb" in self.shapes and not self.in_method and indent == 0 and self.typeweb_r.random() < 0.4:
            self.typeweb_stmt()
        if "mutiter" in self.shapes and not self.in_method and indent == 0 and self.mutiter_r.random() < 0.4:
            self.mutiter_stmt()
        if "numhash" in self.shapes and not self.in_method and self.numhash_r.random() < 0.4:
            self.numhash_stmt(indent)
        if "mutlist" in self.shapes and not self.in_method and indent == 0 and self.mutlist_r.random() < 0.4:
            self.mutlist_stmt()
        if "iterdflt" in self.shapes and not self.in_method and indent == 0 and self.iterdflt_r.random() < 0.4:
            self.iterdflt_stmt()
        if "tuplekey" in self.shapes and not self.in_method and indent == 0 and self.tuplekey_r.random() < 0.4:
            self.tuplekey_stmt()
        if "odops" in self.shapes and not self.in_method and indent == 0 and self.odops_r.random() < 0.4:
            self.odops_stmt()
        if "dunder" in self.shapes and not self.in_method and self.dg_r.random() < 0.4:
            self.dg_stmt(indent)
        if "lenkey" in self.shapes and not self.in_method and indent == 0 and self.lenkey_r.random() < 0.4:
            self.lenkey_stmt()
        if "subrefl" in self.shapes and not self.in_method and indent == 0 and self.subrefl_r.random() < 0.3:
            self.subrefl_stmt()
        if "libval" in self.shapes and not self.in_method and indent == 0 and self.libval_r.random() < 0.3:
            self.libval_stmt()
        if "piecefar" in self.shapes and not self.in_method and indent == 0 and self.piecefar_r.random() < 0.3:
            self.piecefar_stmt()
        if "lamscope" in self.shapes and not self.in_method and indent == 0 and self.lamscope_r.random() < 0.3:
            self.lamscope_stmt()
        if "bigtext" in self.shapes and not self.in_method and indent == 0 and self.bigtext_r.random() < 0.35:
            self.bigtext_stmt()
        if self.tf and not self.in_method and self.finraise_r.random() < 0.3:
            self.finraise_stmt(indent)
        choices = [k for k in sorted(self.shapes) if k in weights for _ in range(weights[k])]
        if not choices or self.mult > 8 or self.in_method:
            return self.print_stmt(scope, indent)
        self.cost += 40 * self.mult
        k = kind or r.choice(choices)
        if k == "alias":
            self.alias_stmt(scope, indent)
        elif k == "empty":
            self.empty_arg_stmt(scope, indent)
        elif k == "rebind":
            self.rebind_stmt(scope, indent)
        elif k == "reccont":
            self.emit(indent, r.choice(self.rec_calls))
        elif k == "comp":
            self.comp_stmt(scope, indent)
        elif k == "dunder":
            for _ in range(r.randint(1, 3)):
                self.dunder_stmt(indent)
        elif k == "edge":
            for _ in range(r.randint(1, 3)):
                self.edge_stmt(indent)
        elif k == "unbound":
            call = r.choice(self.unbound_funcs)
            self.emit(indent, call.format(flag=r.choice(["True", "False"]), n=r.randint(0, 4)))
        elif k == "bigrange":
            for _ in range(r.randint(1, 3)):
                self.range_stmt(indent)
        elif k == "bigdisplay":
            self.display_stmt(indent)
        elif k == "setconst":
            for _ in range(r.randint(1, 3)):
                self.set_const_stmt(indent)
        elif k == "numunion":
            for _ in range(r.randint(1, 3)):
                self.num_union_stmt(indent)
        elif k == "lateattr":
            self.late_attr_stmt(scope, indent)
        elif k == "anytuple":
            for _ in range(r.randint(1, 3)):
                self.any_tuple_stmt(indent)
        elif k == "noneor":
            for _ in range(r.randint(1, 3)):
                self.none_or_stmt(indent)
        elif k == "named":
            for _ in range(r.randint(1, 3)):
                self.named_stmt(indent)
        elif k == "closures":
            for _ in range(r.randint(1, 3)):
                self.ck_stmt(indent)
        else:
            self.emit(indent, f"print('sum', {self.sum_start_expr(scope)})")

    # ---- aliasing

    def alias_elem(self, kind: str) -> str:
        r = self.r
        if kind == "list":
            return "[" + ", ".join(str(r.randint(-9, 20)) for _ in range(r.randint(0, 3))) + "]"
        if kind == "set":
            items = [str(r.randint(0, 11)) for _ in range(r.randint(0, 4))]
            return r.choice([f"set([{', '.join(items)}])", "{" + ", ".join(items[:2]) + "}" if items[:1] else "set()"])
        if kind == "dict":
            return "{" + ", ".join(f"{r.randint(0, 9)}: {r.randint(-9, 99)}" for _ in range(r.randint(1, 3))) + "}"
        if kind == "counter":
            return f"collections.Counter({''.join(r.choice('abcd') for _ in range(r.randint(0, 5)))!r})"
        return f"collections.deque([{', '.join(str(r.randint(0, 9)) for _ in range(r.randint(0, 3)))}])"

    def alias_op(self, kind: str, x: str, v: str, name_ok: bool) -> str:
        """One in-place operation or mutation of the container x (an lvalue); v an int expression."""
        r = self.r
        if kind == "list":
            ops = [f"if len({x}) < 12:\n    {x} += [{v}, {r.randint(0, 9)}]", f"if len({x}) < 8:\n    {x} *= 2",
                   f"if len({x}) < 12:\n    {x}.append({v})", f"if {x}:\n    {x}.pop()",
                   f"if {x}:\n    del {x}[0]", f"if {x}:\n    {x}[{v} % len({x})] = {r.randint(-5, 50)}",
                   f"if len({x}) < 12:\n    {x}.extend([{v}])", f"if len({x}) < 12:\n    {x}.insert(1, {v})",
                   f"if len({x}) > 6:\n    {x}.clear()", f"{x} *= 1", f"{x}.sort()"]
            if name_ok and r.random() < 0.15:
                ops.append(f"{x} = {x} + [{v}]")  # rebinding: the other aliases keep the old list
        elif kind == "set":
            other = self.alias_elem("set")
            ops = [f"{x} |= {other}", f"{x} &= {other}", f"{x} -= {other}", f"{x} ^= {other}",
                   f"{x}.add({v} % 12)", f"{x}.discard({v} % 12)", f"{x}.update([{v} % 12, 3])",
                   f"if {x}:\n    {x}.remove(min({x}))"]
        elif kind == "dict":
            ops = [f"{x}[{v} % 10] = {r.randint(-9, 99)}", f"if {v} % 10 in {x}:\n    del {x}[{v} % 10]",
                   f"{x}.pop({v} % 10, 0)", f"{x}.update({self.alias_elem('dict')})",
                   f"{x}.setdefault({v} % 10, 5)", f"{x}[{v} % 10] = {x}.get({v} % 10, 0) + 1",
                   f"{x} |= {self.alias_elem('dict')}"]
            if name_ok and r.random() < 0.15:
                ops.append(f"{x} = {x} | {self.alias_elem('dict')}")  # rebinding: a new dict
        elif kind == "counter":
            other = self.alias_elem("counter")
            ops = [f"{x} += {other}", f"{x} -= {other}", f"{x} |= {other}", f"{x} &= {other}",
                   f"{x}[{r.choice('abcde')!r}] += {v} % 4 - 1", f"{x}.update({r.choice(['abc', 'dd', 'e'])!r})",
                   f"{x}.update({{{r.choice('abcde')!r}: {v} % 5 - 2}})", f"print('cmp', {x} == {other}, {x} <= {other})",
                   f"print('ops', {x} + {other}, {x} - {other}, {x} | {other}, {x} & {other}, +{x}, -{x})",
                   f"print('isa', isinstance({x}, dict), isinstance({x}, (list, tuple)))"]  # a Counter is a dict
            if name_ok and r.random() < 0.15:
                ops.append(f"{x} = {x} + {other}")  # rebinding: a new Counter
        else:
            ops = [f"if len({x}) < 12:\n    {x}.append({v})", f"if len({x}) < 12:\n    {x}.appendleft({v})",
                   f"if {x}:\n    {x}.pop()", f"if {x}:\n    {x}.popleft()", f"if len({x}) < 12:\n    {x}.extend([{v}, 1])",
                   f"{x}.rotate(1)", f"if len({x}) < 12:\n    {x} += [{v}]", f"if len({x}) < 6:\n    {x} *= 2"]
        return r.choice(ops)

    def alias_op_with(self, kind: str, x: str, y: str) -> str:
        """An in-place operator between two aliases, which may be one object (x += x)."""
        r = self.r
        if kind == "list":
            return f"if len({x}) + len({y}) < 16:\n    {x} += {y}"
        if kind == "set":
            return f"{x} {r.choice(['|=', '&=', '-=', '^='])} {y}"
        if kind == "dict":
            return r.choice([f"{x}.update({y})", f"{x} |= {y}"])
        if kind == "counter":
            return f"{x} {r.choice(['+=', '-=', '|=', '&='])} {y}"
        return f"if len({x}) + len({y}) < 16:\n    " + r.choice([f"{x}.extend({y})", f"{x} += {y}"])

    def alias_stmt(self, scope, indent: int):
        from fuzz_gen import DII, LINT, SETI  # noqa: PLC0415 (fuzz_gen imports this module)
        r = self.r
        kind = r.choice(list(self.holders) or ["list"])
        t = {"list": LINT, "set": SETI, "dict": DII}.get(kind)
        src = None
        if t:
            names = [n for n in scope.of_type(t) if n not in scope.frozen and self.assignable(n, scope)]
            if names and r.random() < 0.5:
                src = r.choice(names)
        if src is None:
            src = f"al{self.counter + 1}"
            self.counter += 1
            self.emit(indent, f"{src} = {self.alias_elem(kind)}")
            if t:
                scope.vars[src] = t
        aliases = [src]
        paths = ["name", "name", "field", "element", "arg"]
        if kind == "list" and self.kfield_holders(scope):
            paths.append("kfield")
        for _ in range(r.randint(1, 3)):
            path = r.choice(paths)
            if path == "name":
                b = f"al{self.counter + 1}"
                self.counter += 1
                self.emit(indent, f"{b} = {r.choice(aliases)}")
                if t and r.random() < 0.7:
                    scope.vars[b] = t
                aliases.append(b)
            elif path == "field" and kind in self.holders:
                h = f"ah{self.counter + 1}"
                self.counter += 1
                self.emit(indent, f"{h} = {self.holders[kind]}({r.choice(aliases)})")
                aliases.append(f"{h}.items")
            elif path == "element":
                e = f"ae{self.counter + 1}"
                self.counter += 1
                self.emit(indent, f"{e} = [{r.choice(aliases)}]")
                aliases.append(f"{e}[0]")
            elif path == "kfield":
                o = r.choice(self.kfield_holders(scope))
                self.emit(indent, f"{o}.items = {src}")
                aliases.append(f"{o}.items")
            elif path == "arg" and self.alias_funcs.get(kind):
                fname, two = r.choice(self.alias_funcs[kind])
                a = r.choice(aliases)
                second = r.choice(aliases) if two else str(r.randint(-3, 9))
                self.emit(indent, f"print('arg', {fname}({a}, {second}), {a})")
        for _ in range(r.randint(1, 4)):
            x = r.choice(aliases)
            if len(aliases) > 1 and r.random() < 0.25:
                self.emit(indent, self.alias_op_with(kind, x, r.choice(aliases)))
            else:
                self.emit(indent, self.alias_op(kind, x, str(r.randint(-5, 30)), name_ok="." not in x and "[" not in x))
        self.emit(indent, f"print('aliases', {', '.join(aliases)})")

    def kfield_holders(self, scope) -> list[str]:
        """Object variables whose class (statically) has the list[int] field `items`."""
        return [n for n in self.obj_vars(scope) if self.class_by_name[scope.vars[n]].fields.get("items") == "list[int]"
                and n not in scope.frozen] if getattr(self, "classes", None) else []

    # ---- empty literals as arguments

    def fill_literal(self, kind: str) -> str:
        r = self.r
        return {
            "list_int": f"[{r.randint(-9, 9)}, {r.randint(0, 99)}]", "list_str": "['x', 'cat']",
            "list_tup": f"[({r.randint(0, 999)}, 'x')]", "list_list": "[[1], []]",
            "dict_str": "{'cat': 1, 'dog': 2}", "dict_list": "{1: ['a'], 7: []}",
            "set_str": "{'cat'}", "set_tup": "{(1, 'a')}",
        }[kind]

    def empty_arg_stmt(self, scope, indent: int):
        r = self.r
        f = r.choice(self.fill_funcs)
        empty = {"list": "[]", "dict": "{}", "set": "set()"}[f["kind"].split("_")[0]]
        arg = empty if f["only_empty"] or r.random() < 0.6 else self.fill_literal(f["kind"])
        k = str(r.randint(-3, 9))
        form = r.random()
        if form < 0.3:
            call = f"{f['name']}({arg}, {k})"
        elif form < 0.55:
            call = f"{f['name']}(acc={arg}, k={k})" if r.random() < 0.5 else f"{f['name']}(k={k}, acc={arg})"
        elif form < 0.7:
            call = f"{f['name']}({arg}, {k}, tag={self.str_atom(scope)}[:4])"
        else:  # the literal through a variable, printed after the call
            v = f"ea{self.counter + 1}"
            self.counter += 1
            self.emit(indent, f"{v} = {arg}")
            shown = f"sorted({v})" if f["kind"].startswith("set_") else v
            self.emit(indent, f"print('fill', {f['name']}({v}, {k}), {shown})")
            return
        self.emit(indent, f"print('fill', {call})")

    def rebind_stmt(self, scope, indent: int):
        from fuzz_gen import LINT  # noqa: PLC0415
        r = self.r
        f = r.choice(self.rebinders)
        lists = [n for n in scope.of_type(LINT) if n not in scope.frozen]
        xs = r.choice(lists) if lists and r.random() < 0.6 else r.choice(["[]", "[1, 2]", "[5]"])
        n = self.clamp(*self.int_expr(scope, 1))[0]
        s = f", {self.str_atom(scope)}" if r.random() < 0.5 else ""
        self.emit(indent, f"print('rb', {f}({n}, {xs}{s}), {xs})")

    # ---- comprehensions reusing names

    def comp_stmt(self, scope, indent: int):
        from fuzz_gen import INT, LINT, LSTR  # noqa: PLC0415
        r = self.r
        src = self.var_of(LINT, scope) or f"[{r.randint(-3, 5)}, {r.randint(0, 6)}, 2]"
        k = r.randint(0, 5)
        ints = [n for n in scope.of_type(INT)]
        x = r.choice(ints) if ints and r.random() < 0.4 else "x"  # also the name of a live variable
        words = self.var_of(LSTR, scope) or "['ab', 'c', '']"
        exprs = [
            f"[[{x} for {x} in range({x})] for {x} in range({k})]",
            f"[{x} for {x} in [{x} * 2 for {x} in {src}]]",
            f"[[{x} + y for y in range({x} % 4)] for {x} in range({k})]",
            f"{{{x}: [{x} for {x} in range({x} % 4)] for {x} in range({k})}}",
            f"[sum([{x} for {x} in range({x} % 5)]) for {x} in {src}]",
            f"[{x} for {x} in range({k}) for {x} in range({x})]",
            f"[len([{x} for {x} in {x}]) for {x} in {words}]",
            f"sorted({{{x} % 3 for {x} in [{x} for {x} in {src}]}})",
            f"[{x} for {x} in {src} if {x} in [{x} for {x} in {src} if {x} > 0]]",
            f"sum({x} for {x} in [{x} + 1 for {x} in {src}])",
            f"[[c for c in {x}] for {x} in {words}]",
            f"[({x}, [{x} for {x} in range(2)]) for {x} in range({k})]",
        ]
        e = r.choice(exprs)
        if x != "x":
            self.emit(indent, f"print('comp', {e}, {x})")
        else:
            self.emit(indent, f"print('comp', {e})")

    # ---- dunders that raise

    def dz_list(self, n_min: int = 2) -> str:
        r = self.r
        return "[" + ", ".join(f"Dz({r.randint(0, 9)})" for _ in range(r.randint(n_min, 4))) + "]"

    def dunder_stmt(self, indent: int):
        r = self.r
        v, w = r.randint(0, 9), r.randint(0, 9)
        lst = self.dz_list()
        ops = [
            f"print('dz', sorted({lst}))", f"print('dz', sorted({lst}, reverse=True))",
            f"dzl = {lst}\ndzl.sort()\nprint('dz', dzl)", f"print('dz', min({lst}), max({lst}))",
            f"print('dz', Dz({v}) in {lst}, Dz({w}) not in {lst})",
            f"print('dz', {lst}.index(Dz({v})) if Dz({v}) in {self.dz_list(1)} else -1)",
            f"print('dz', {lst}.count(Dz({v})))",
            f"dzl = {lst}\nif Dz({v}) in dzl:\n    dzl.remove(Dz({v}))\nprint('dz', len(dzl))",
            f"dzs = set()\ndzs.add(Dz({v}))\ndzs.add(Dz({w}))\nprint('dz', len(dzs))",
            f"print('dz', len({{Dz({v}), Dz({w})}}), Dz({v}) in {{Dz({w})}})",
            f"dzd = {{Dz({v}): 1}}\ndzd[Dz({w})] = 2\nprint('dz', len(dzd), dzd.get(Dz({v}), -1))",
            f"print('dz', {{Dz({v}): 'a'}}.get(Dz({w}), 'none'), Dz({w}) in {{Dz({v}): 1}})",
            f"print('dz', {lst})", f"print('dz', {{'k': Dz({v})}})", f"print('dz', str({lst}))",
            f"print('dz', Dz({v}))", f"print('dz', len(Dz({v})))",
            f"print('dz', Dz({v}) == Dz({w}), Dz({v}) != Dz({w}))",
            f"print('dz', Dz({v}) < Dz({w}), Dz({v}) > Dz({w}))",
        ]
        op = r.choice(ops)
        handler = r.choice(["Exception", "(ValueError, KeyError, RuntimeError, IndexError, ZeroDivisionError)",
                            "LookupError"])
        self.emit(indent, "try:")
        self.emit(indent + 1, op)
        self.emit(indent + 1, "print('dz no error')")
        self.emit(indent, f"except {handler} as e:")
        self.emit(indent + 1, f"print('dz caught', repr(e){', e.args' if r.random() < 0.3 else ''})")
        if "LookupError" in handler:  # the others go on to an outer handler, or end the program as in CPython
            self.emit(indent, "except Exception as e:")
            self.emit(indent + 1, "print('dz other', repr(e))")

    def dg_stmt(self, indent: int):
        """max()/min() of Dg objects and of tuples holding them, and tuples of them compared (`<=` and
        `>=` are CPython's TypeError when the items that differ are two Dg), in a try printing the error."""
        t = self.dg_r

        def dg() -> str:
            return f"Dg({t.randint(0, 9)})"

        def pair() -> str:
            return f"({dg()}, {t.randint(0, 2)})"

        objs = "[" + ", ".join(dg() for _ in range(t.randint(1, 5))) + "]"
        pairs = "[" + ", ".join(pair() for _ in range(t.randint(1, 5))) + "]"
        a, b, c = t.randint(0, 2), t.randint(0, 2), t.randint(0, 2)
        cmp = t.choice(["<", ">", "<", ">", "<=", ">="])
        op = t.choice([
            f"print('dg', max({objs}), min({objs}))", f"print('dg', max({dg()}, {dg()}), min({dg()}, {dg()}, {dg()}))",
            f"print('dg', max({objs}, default=Dg(-1)), max({objs}, key=lambda d: (d.v % 2, d)))",
            f"print('dg', {pair()} {cmp} {pair()}, {pair()} {t.choice('<>')} {pair()})",
            f"dga = {dg()}\nprint('dg', (dga, {a}) {cmp} (dga, {b}), (dga, {a}) {t.choice('<>')} ({dg()}, {b}), ({dg()}, {c}) < (dga, {a}))",
            f"print('dg', max({pairs}), min({pairs}))", f"print('dg', max({pairs}, default=(Dg(-1), 0)))",
            f"print('dg', sorted({pairs}{t.choice(['', ', reverse=True'])}))",
            f"print('dg', ({pair()}, 's') {cmp} ({pair()}, 't'), ({a}, {dg()}) {cmp} ({b}, {dg()}))",
            f"print('dg', ({dg()},) {cmp} ({dg()}, {a}), ({dg()}, {a}) {t.choice('<>')} ({dg()},))",
            f"print('dg', {pair()} < {pair()} < {pair()}, {pair()} > {pair()} >= {pair()})",
        ])
        cost = self.cost  # (emit counts it; kept, so that the rest of the program stays what it was)
        self.emit(indent, "try:")
        self.emit(indent + 1, op)
        self.emit(indent, "except (ValueError, TypeError) as e:")
        self.emit(indent + 1, "print('dg caught', type(e).__name__, e)")
        self.cost = cost

    # ---- ints near 2**53 and 2**63

    def edge_operand(self, values) -> str:
        return edge_lit(self.r.choice(values))

    def edge_stmt(self, indent: int):
        r = self.r
        k = r.random()
        if k < 0.15:
            consts = r.sample(EDGE_CONSTS, r.randint(1, 3))
            self.emit(indent, f"print('edge const', {', '.join(consts)})")
            return
        if k < 0.3:  # floats: correctly rounded true division, exact comparisons, conversions
            a, b = self.edge_operand(EDGE_VALUES), self.edge_operand([d for d in EDGE_DIVISORS])
            f = r.choice(["9007199254740992.0", "9.223372036854776e18", "-9.223372036854776e18", "1e16",
                          f"float({a})", "4611686018427387904.0"])
            e = r.choice([f"{a} / {b}", f"{a} == {f}", f"{a} < {f}", f"{a} >= {f}", f"float({a})",
                          f"{a} / {b} * 3", f"f'{{{a}:,}}'", f"f'{{{a}:x}}'", f"str({a})", f"{a} == {a}",
                          f"{a} < {b}", f"max({a}, {b})", f"round({a} / {b}, 3)"])
            self.emit(indent, f"print('edge', {e})")
            return
        if k < 0.55:  # a loop, so that the operands are not constants
            va = ", ".join(edge_lit(v) for v in r.sample(EDGE_VALUES, r.randint(2, 4)))
            vb = ", ".join(edge_lit(v) for v in r.sample(EDGE_DIVISORS, r.randint(1, 3)))
            self.emit(indent, f"for ea in [{va}]:\n    for eb in [{vb}]:")
            a, b, inner = "ea", "eb", indent + 2
        else:
            a, b, inner = self.edge_operand(EDGE_VALUES), self.edge_operand(EDGE_DIVISORS), indent
        # one operation on int64 operands, so that only its result may leave 64 bits (an intermediate
        # value leaving them is pyzc's documented OverflowError, which CPython never raises)
        op = r.choice([f"{a} // {b}", f"{a} % {b}", f"-{a}", f"-{a}", f"abs({a})", f"{a} + {b}", f"{a} - {b}",
                       f"{a} * {b}", f"{a} << {r.choice([1, 2, 10, 31, 62, 63, 64])}",
                       f"{a} >> {r.choice([1, 31, 53, 63, 64, 70])}", f"{a} ** 2", f"math.gcd({a}, {b})",
                       f"int(float({a}))", f"int(str({a}))",
                       f"int('{r.choice(['9223372036854775807', '-9223372036854775808', '9223372036854775808', '9007199254740993'])}')",
                       f"{a} & {b}", f"{a} ^ {b}", f"~{a}", f"sum([{a}, {b}])", f"max({a}, {b}) - min({a}, {b})",
                       f"{a} // 1", f"round({a}, -3)"])
        if r.random() < 0.25:  # a float result: printed as it is
            op = r.choice([f"{a} / {b}", f"{a} / {b} * 3", f"float({a})", f"{a} == float({a})", f"{a} < float({a})",
                           f"{a} > 9.223372036854776e18", f"{a} == 9007199254740992.0", f"round({a} / {b}, 3)"])
            self.emit(inner, f"print('edge', {repr(op)}, {op})")
            return
        label = repr(op.replace("'", ""))
        self.emit(inner, "try:")
        self.emit(inner + 1, f"er = {op}")
        self.emit(inner + 1, f"if I64_MIN <= er <= I64_MAX:\n    print('edge', {label}, er)\n"
                             f"else:\n    print('edge', {label}, 'beyond int64')")
        self.emit(inner, "except OverflowError:")
        self.emit(inner + 1, f"print('edge', {label}, 'beyond int64')")

    # ---- ints past 64 bits (runtime_c/int.c): values that cross 2**63 routinely

    def bigint_value(self) -> int:
        b = self.bigint_r
        k = b.random()
        if k < 0.2:
            return b.randint(-99, 99)
        if k < 0.4:  # near the edges of int64 and of pyzc's small range (-2**63 + 2**60)
            base = b.choice([2**63, -2**63, -2**63 + 2**60, 2**62, -2**62, 2**64, 2**53])
            return base + b.randint(-3, 3)
        bits = b.randint(60, 260)
        v = b.getrandbits(bits)
        return -v if b.random() < 0.4 else v

    def bigint_expr(self, names: list[str], depth: int) -> str:
        b = self.bigint_r
        if depth <= 0 or b.random() < 0.3:
            return b.choice(names) if b.random() < 0.7 else str(self.bigint_value())
        x, y = self.bigint_expr(names, depth - 1), self.bigint_expr(names, depth - 1)
        return b.choice([f"({x} + {y})", f"({x} - {y})", f"({x} * {y})", f"({x} // {y})", f"({x} % {y})",
                         f"({x} & {y})", f"({x} | {y})", f"({x} ^ {y})", f"(-{x})", f"abs({x})", f"(~{x})",
                         f"({x} << {b.randint(0, 90)})", f"({x} >> {b.randint(0, 90)})", f"({x} ** {b.randint(0, 4)})",
                         f"max({x}, {y})", f"min({x}, {y})", f"pow({x}, {b.randint(0, 300)}, {self.bigint_value() or 7})"])

    def bigint_stmt(self, indent: int):
        b = self.bigint_r
        k = b.random()
        errors = "except (ZeroDivisionError, ValueError, OverflowError) as e:\n    print('big err', type(e).__name__, e)"
        if k < 0.38:  # an expression over values from a loop, so they are not constants
            va = ", ".join(str(self.bigint_value()) for _ in range(b.randint(1, 3)))
            vb = ", ".join(str(self.bigint_value()) for _ in range(b.randint(1, 3)))
            e = self.bigint_expr(["ba", "bb"], b.randint(1, 3))
            shown = b.choice([e, f"str({e})[:40]", f"hash({e})", f"{e} < {b.choice(['ba', 'bb', '0', '1e30', '-2.5e19'])}",
                              f"{e} == {b.choice(['ba', 'bb', '0'])}", f"f'{{{e}:,}}'", f"f'{{{e}:x}}'", f"divmod({e}, bb)",
                              f"({e}).bit_length()", f"int(str({e})) == {e}"])
            self.emit(indent, f"for ba in [{va}]:\n    for bb in [{vb}]:")
            self.emit(indent + 2, f"try:\n    print('big', {shown})\n{errors}")
        elif k < 0.53:  # an accumulator that grows past 64 bits, and sometimes back
            n = b.randint(5, 60)
            step = b.choice(["bx * 3 + bi", "bx * bx % (2**127 - 1) + bi", "bx * 2**20 - bi", "(bx << 7) ^ bi",
                             "bx * 10 + bi % 10", "bx // 3 + bi * 2**70"])
            self.emit(indent, f"bx = {self.bigint_value()}")
            self.emit(indent, f"for bi in range({n}):\n    bx = {step}")
            self.emit(indent, f"print('bacc', bx, bx % 1000003, bx > 2**63, float(bx) if abs(bx) < 2**1000 else -1.0)")
            # float() of a constant that may be past the float range (no draws: n decides)
            self.emit(indent, f"try:\n    print('bfloat', float(2 ** {n * 20}), 2 ** {n * 20} * 0.5)\n"
                              "except OverflowError as e:\n    print('bfloat', e)")
        elif k < 0.68:  # containers of big ints: sorted, summed, searched, keyed, printed
            items = [self.bigint_value() for _ in range(b.randint(1, 6))]
            probe = b.choice(items + [self.bigint_value()])
            self.emit(indent, f"bl = {items!r}")
            self.emit(indent, f"bl.sort()\nprint('blist', bl, sum(bl), max(bl), min(bl), {probe} in bl, len(set(bl)))")
            self.emit(indent, f"bd = {{v: i for i, v in enumerate(bl)}}\nprint('bdict', bd.get({probe}, -1), sorted(bd))")
            self.emit(indent, f"bt = (bl[0], bl[-1])\nprint('btup', bt, bt < ({probe}, 0), hash(bt) == hash((bl[0], bl[-1])))")
        elif k < 0.76:  # objects whose __hash__ is past 64 bits, as dict keys and set items
            vs = [b.randint(-5, 5) for _ in range(b.randint(1, 5))]
            probe = b.randint(-5, 5)
            self.emit(indent, f"bh = {{BigH(v): i for i, v in enumerate({vs!r})}}")
            self.emit(indent, f"print('bhash', len(bh), bh.get(BigH({probe}), -1), BigH({probe}) in bh, "
                              f"len({{BigH(v) for v in {vs!r}}}), hash(BigH({probe})))")
        elif k < 0.92:  # a constant, big or small, on either side of a variable, small or big
            c = self.bigint_value() if b.random() < 0.5 else b.randint(-99, 99)
            op = b.choice(["+", "-", "*", "//", "%", "&", "|", "^", "<", "==", ">="])
            self.emit(indent, f"for bs in [{b.randint(-9, 9)}, {b.randint(-2**40, 2**40)}, {self.bigint_value()}]:")
            self.emit(indent + 1, f"try:\n    print('bconst', bs {op} {c}, {c} {op} bs)\n{errors}")
        else:  # text and floats
            v = self.bigint_value()
            self.emit(indent, f"bv = {v}")
            self.emit(indent, "print('btext', str(bv), repr(bv), f'{bv:_}', f'{bv:>50}', format(bv, 'o'), int(str(bv)) == bv)")
            self.emit(indent, f"try:\n    print('bfloat', float(bv), bv / 3, bv / 2**70, bv == float(bv))\n{errors}")

    # ---- class attributes given again by subclasses
    def clsattr_stmt(self, indent: int):
        c = self.clsattr_r
        objs = ", ".join(c.choice(["CaBase()", "CaMid()", "CaLeaf()", "CaSide()"]) for _ in range(c.randint(1, 4)))
        if c.random() < 0.3:
            self.emit(indent, f"CaBase.size = {c.randint(-3, 9)}")
        self.counter += 1
        v = f"ca{self.counter}"
        self.emit(indent, f"for {v} in [{objs}]:\n    print('clsattr', {v}.tag, {v}.size, {v}.describe())")

    # ---- recursion whose self-call ends a sum or a product (pyzc folds those into a loop)
    def tailsum_defs(self):
        t = self.tailsum_r
        self.lines += ["def tsnote(n):", "    print('tsnote', n)", "    return n % 7", ""]
        for i in range(t.randint(1, 3)):
            name = f"ts{i}"
            op = t.choice(["+", "+", "*"])
            stop = t.choice(["n <= 0", "n < 2", "n == 0", "n <= 1"])
            base = t.choice(["k", "n", "1", "-7", "2**62", "k * 3", "0"])
            if op == "*":  # small factors: a product of a hundred of them stays printable
                term = t.choice(["(n % 3 + 1)", "(k % 4 - 2)", "2", "(-1 if n % 2 else 3)"])
            else:
                term = t.choice(["n", "k", "n * k", "(n % 5 - 2)", "2**61", "len(str(n))",
                                 f"100 // (n - {t.randint(1, 40)})", "tsnote(n)", "-n"])
            step = t.choice(["1", "1", "2", "3"])
            arg = t.choice(["k", "k", "k + 1", "-k"])
            call = f"{name}(n - {step}, {arg})"
            tail = t.choice([f"{term} {op} {call}", f"{call} {op} {term}"])
            if t.random() < 0.3:
                self.lines += [f"def {name}(n, k):", f"    return {base} if {stop} else {tail}", ""]
            else:
                self.lines += [f"def {name}(n, k):", f"    if {stop}:", f"        return {base}"]
                if t.random() < 0.3:  # a second site on its own line, with a step of its own
                    self.lines += ["    if n % 4 == 1:", f"        return {term} {op} {name}(n - 1, k)"]
                if t.random() < 0.2:  # a local that every call assigns before reading
                    self.lines += ["    m = n * 2", f"    return m {op} {call}" if op == "+" else f"    return {tail}"]
                else:
                    self.lines += [f"    return {tail}"]
                self.lines.append("")
            self.tailsum_calls.append(f"{name}({{n}}, {{k}})")
        if t.random() < 0.5:  # the arguments trade places at each call
            self.lines += ["def tsswap(a, b, n):", "    if n == 0:", "        return a",
                           f"    return b {t.choice(['+', '*'])} tsswap(b, a, n - 1)", ""]
            self.tailsum_calls.append("tsswap({k}, {k} + 2, {n})")
        if t.random() < 0.3:  # floats are not associative: the calls must stay calls
            self.lines += ["def tsfloat(n, k):", "    if n <= 0:", "        return 0.0",
                           "    return 0.1 * k + tsfloat(n - 1, k)", ""]
            self.tailsum_calls.append("tsfloat({n}, {k})")
        if t.random() < 0.3:  # deeper than CPython's default limit: as deep as calls went (two words each)
            self.lines += ["import sys", "sys.setrecursionlimit(400_000)", "",
                           "def tsdeep(n, k):", "    if n <= 0:", "        return k",
                           "    return 1 + tsdeep(n - 1, k)", ""]
            self.tailsum_calls.append("tsdeep({n} * 2000, {k})")
        if t.random() < 0.2:  # never ends: RecursionError in both
            self.lines += ["def tsup(n, k):", "    return k + tsup(n + 1, k)", ""]
            self.tailsum_calls.append("tsup({n}, {k})")
        if t.random() < 0.4:  # two self-calls, as fib: one test after the call (passes/fuse_tail_checks.py)
            stop = t.choice(["n < 2", "n <= 1", "n <= 0"])
            base = t.choice(["n", "k % 5", "1", f"len(str(100 // ({t.choice(['n + 2', 'n + 1', 'n', 'n - 1'])})))", "len(str(tsnote(n)))"])
            second = t.choice(["n - 2", "n - 3", "n - 1"])
            self.lines += ["def tsfib(n, k):", f"    if {stop}:", f"        return {base}",
                           f"    return tsfib(n - 1, k) + tsfib({second}, k)", ""]
            self.tailsum_calls.append("tsfib({n} % 15, {k})")  # calls made grow as fib: keep n small
        if t.random() < 0.2:  # the folded call never ends, the other returns: RecursionError in both
            self.lines += ["def tsgrow(n, k):", "    if n == 0:", "        return k % 5",
                           "    return tsgrow(0, k) + tsgrow(n + 1, k)", ""]
            self.tailsum_calls.append("tsgrow({n} % 3 + 1, {k})")

    def tailsum_stmt(self, indent: int):
        t = self.tailsum_r
        call = t.choice(self.tailsum_calls).format(n=t.choice([t.randint(-2, 12), t.randint(10, 150)]),
                                                   k=t.randint(-5, 9))
        self.emit(indent, f"try:\n    print('tailsum', {call})\n"
                          f"except (ZeroDivisionError, RecursionError) as e:\n    print('tailsum', type(e).__name__)")

    # ---- lists made in loops, which pyzc keeps in the C frame unless they may outlive the round
    def framelist_defs(self):
        t = self.framelist_r
        for i in range(t.randint(1, 3)):
            name = f"fl{i}"
            strs = t.random() < 0.5
            # every item tells the round that made it: a list of another round shows in the output
            item = t.choice(["str(i) + '.' + str(j * k)", "'w' + str(i) + str(j % 4)", "str(i) * (j % 3 + 1)"]) if strs \
                else t.choice(["i * 100 + j * k", "i - j", "(i * 7 + j) % 5 + i * 10"])
            make = t.choice(["[]", f"[{item.replace('j', '0')}]", "[]"])
            if strs and t.random() < 0.4:
                sep = t.choice([repr(','), "''", f"',' if i < {t.randint(1, 4)} else ''", ""])  # '': ValueError
                make = f"(str(i) + {t.choice([repr(','), repr(',,'), repr('a,b')])} + str(k)).split({sep})"
            body = [f"def {name}(n, k):", "    out = []", "    prev = []", "    kept = []", "    cur = []",
                    "    try:", "        for i in range(n):", f"            cur = {make}",
                    f"            for j in range({t.choice(['k', 'i % 5', '20', 'k + 15', '3'])}):",
                    f"                cur.append({item})",
                    "            out.append(str(prev[-2:]))"]  # the list of an earlier round, next to this round's
            extra = t.sample(["copy", "store", "sort", "extend", "raise", "index", "set"], t.randint(0, 3))
            if t.random() < 0.6:
                extra.append("prev")
            if "copy" in extra:
                body += ["            other = cur", f"            other.append({item.replace('j', 'n')})"]
            if "sort" in extra:
                body += ["            cur.sort()" if t.random() < 0.5 else "            cur.reverse()"]
            if "extend" in extra:
                body += ["            cur.extend(prev)" if t.random() < 0.5 else "            prev.extend(cur)"]
            if "index" in extra:
                body += ["            if cur:", "                out.append(str(cur[-1]) + '/' + str(cur[0]))"]
            if "set" in extra:
                body += ["            if cur:", f"                cur[len(cur) // 2] = {item.replace('j', '1')}"]
            if "raise" in extra:
                body += [f"            if i == {t.randint(0, 6)}:", "                raise KeyError(i)"]
            if "store" in extra:
                body += ["            kept.append(cur)"]
            if "prev" in extra:
                body += [f"            if i % {t.randint(2, 3)} == 0:", "                prev = cur"]
            joined = "','.join(cur)" if strs else "str(len(cur))"
            body += [f"            out.append({joined} + ':' + str(prev[-2:]))",
                     "    except (KeyError, ValueError) as e:",
                     "        out.append('caught ' + str(e) + ' ' + str(cur[-2:]) + ' ' + str(prev[-2:]))",
                     "    return out, len(kept), [len(x) for x in kept], prev[:4], cur[-3:]", ""]
            self.lines += body
            self.framelist_calls.append(f"{name}({{n}}, {{k}})")

    def framelist_stmt(self, indent: int):
        t = self.framelist_r
        if not self.framelist_calls:
            return
        call = t.choice(self.framelist_calls).format(n=t.randint(0, 9), k=t.randint(0, 20))
        self.emit(indent, f"print('framelist', {call})")

    # ---- padding inside concatenations: written into the result when the width is a constant
    PAD_STRS = ["''", "'ab'", "'-7'", "'+12'", "'-'", "'+'", "'0'", "'--3'", "'naïve'", "'日本語'", "'a' * 12", "'x y'"]
    PAD_INTS = ["0", "7", "-7", "123456", "-98765", "2 ** 63", "-(2 ** 63)", "10 ** 5000", "-(10 ** 30)"]

    def padparts_piece(self, v: str, w: str) -> str:
        t = self.padparts_r
        width = str(t.choice([1, 2, 3, 5, 8, 12, 9999])) if t.random() < 0.8 else t.choice([w, f"{w} + 2", f"len({v})"])
        return t.choice([f"{v}.rjust({width})", f"{v}.ljust({width})", f"{v}.zfill({width})", f"{v}.rjust({width}, '*')",
                         f"f'{{{v}:>{width}}}'" if width.isdigit() else f"{v}.center({width})",
                         f"f'{{{v}:<{width}}}'" if width.isdigit() else f"{v}.ljust({width}, '.')",
                         f"f'{{{v}:{width}}}'" if width.isdigit() else f"{v}.zfill({width})",
                         f"str({v}n).rjust({width})", f"str({v}n).zfill({width})", f"f'{{{v}n}}'", f"str({v}n)",
                         f"f'[{{{v}}}:{{{v}n}}]'", f"{v}", f"'|'",
                         # an int's width spec ("02d", "5", "07"), and a spec in a variable that may raise
                         f"f'{{{v}n:02d}}'", f"f'<{{{v}n:5}}>'", f"format({v}n, '07')", f"format({v}n, {v}[:2] or 'd')", f"','.join({v}l)", f"' | '.join({v}l)", f"''.join({v}l)",
                         f"str({v}l.pop() if {v}l else 'e')", f"str({v}l.append({v}))",
                         # items of a list never filled (its item type unknown): the read raises first
                         f"({v}e.pop() if {v}e else 'e')", f"str({v}e.pop() if not {v}e else 1.5)",
                         f"({v}e[0] + {v} if {v}e else 'h')"])

    def padparts_stmt(self, indent: int):
        t = self.padparts_r
        self.counter += 1
        v = f"pp{self.counter}"
        pieces = [self.padparts_piece(v, f"{v}w") for _ in range(t.randint(2, 5))]
        k = t.random()
        if k < 0.5:
            expr = " + ".join(pieces)
        elif k < 0.65:
            expr = f"{t.choice([repr(s) for s in ['|', '', ', ', 'é']])}.join([{', '.join(pieces)}])"
        elif k < 0.8:  # the list changed after its join, inside the expression: the join saw it before
            sep = t.choice(["','", "''", "' | '"])
            change = t.choice([f"str({v}l.append({v}))", f"str({v}l.append('q')) + str({v}l.pop(0))", f"str({v}l.clear())",
                               f"str({v}l.insert(0, {v}))", f"str({v}l.reverse())"])
            expr = f"{sep}.join({v}l) + {pieces[0]} + {change} + {sep}.join({v}l) + {pieces[-1]}"
        else:  # the padded name rebound in the expression: the pad reads the old value
            expr = f"{pieces[0]} + ({v} := {v} + '!') + {' + '.join(pieces[1:])}"
        width = t.choice(["3", "7", "0", "-2", "2 ** 62"])
        items = ", ".join(t.choice(self.PAD_STRS) for _ in range(t.randint(0, 4)))
        self.emit(indent, f"{v} = {t.choice(self.PAD_STRS)}\n{v}n = {t.choice(self.PAD_INTS)}\n{v}w = {width}\n{v}l = [{items}]\n{v}e = []\n"
                          f"try:\n    print('padparts', repr({expr}))\n"
                          f"except (ValueError, MemoryError, OverflowError) as e:\n    print('padparts', type(e).__name__)")

    # ---- pieces of a text split again: in place, when nothing else reads the piece
    def piecesplit_stmt(self, indent: int):
        t = self.piecesplit_r
        self.counter += 1
        v = f"ps{self.counter}"
        text = "".join(t.choice(self.SPLIT_PIECES) for _ in range(t.randint(0, 12)))
        sep = lambda: t.choice(["", "','", "', '", "'a'", "' '", "'\\n'", "'é'", "''", "',', 1", "None, 2", "'|'"])
        loop = t.choice([f"{v}t.splitlines()", f"{v}t.split(',')", f"{v}t.split()", f"{v}t.split('\\n')",
                         f"{v}t.split('|')"])
        uses = [f"{v}o.append({v}r.split({sep()}))", f"{v}n += len({v}r.split({sep()}))",
                f"{v}o.append({v}r.split({sep()}))"]
        extra = t.choice(["", f"\n    {v}t = {v}t + 'x,y'", f"\n    {v}o.append([{v}r])", f"\n    print('piecesplit', repr({v}r))",
                          f"\n    {v}r = {v}r + ','", f"\n    {v}r = 'z'", ""])
        body = "\n    ".join(t.sample(uses, t.randint(1, 3)))
        if t.random() < 0.3:  # an op before the splits that may raise, the name rebound after: the handler reads the piece
            body = f"{v}n += int({t.choice(['12', 'x', '7', 'y'])!r})\n    " + body + f"\n    {v}r = 'z'"
        else:
            body += extra
        if t.random() < 0.3:  # fields of an unpacked split, split again
            self.emit(indent, f"{v}t = {text + ';' + text[::-1] + ';x,y'!r}\n{v}o = []\n{v}n = 0\ntry:\n"
                              f"    {v}a, {v}r, {v}c = {v}t.split(';')\n    {body.replace(chr(10) + '    ', chr(10) + '    ')}\n"
                              f"    print('piecesplit', {v}o, {v}n, {v}c.split(','))\n"
                              f"except ValueError as e:\n    print('piecesplit', e, {v}o, {v}n)")
            return
        last = t.choice(["", f", repr({v}r)"])  # the last piece, read after the loop
        self.emit(indent, f"{v}t = {text!r}\n{v}o = []\n{v}n = 0\n{v}r = 'none'\ntry:\n    for {v}r in {loop}:\n"
                          f"        {body.replace(chr(10) + '    ', chr(10) + '        ')}\n"
                          f"    print('piecesplit', {v}o, {v}n{last})\n"
                          f"except ValueError as e:\n    print('piecesplit', e, {v}o, {v}n, repr({v}r))")

    # ---- calls of functions that never return, where a value is wanted: the call raises first
    def neverret_stmt(self, indent: int):
        t = self.neverret_r
        self.counter += 1
        v = f"nr{self.counter}"
        f, ok = "nrfail", "nrok"
        s = t.choice(["''", "'ab'", "'x y'"])
        c = t.choice(["True", "False", f"len({v}s) > 1"])
        exprs = [f"'k=' + {f}('a')", f"{f}('b') + '=k'", f"'a' + {f}('c') + 'b'", f'f"<{{{f}(\'d\')}}>"',
                 f"[{f}('e'), {v}s]", f"({f}('e'), 1)", f"{{'a': {f}('g')}}", f"{f}('h').upper()", f"len({f}('i'))",
                 f"{v}s or {f}('j')", f"{v}s and {f}('k')", f"{f}('l') or {v}s", f"{f}('m') and 3",
                 f"{v}s if {c} else {f}('n')", f"{f}('o') if {c} else {v}s", f"{ok}({f}('p'))", f"{f}('q') + 1",
                 f"-{f}('r')", f"{f}('s') < 3", f"str({f}('t'))", f"'%s!' % {f}('u')", f"','.join({f}('v'))",
                 f"{v}s * 2 + {f}('w')", f"{v}s + {ok}({v}s) + {f}('x')", f"int({f}('y')) + len({v}s)",
                 f"[{ok}, {f}][len({v}s) % 2]({v}s)", f"{v}g({v}s) + '.'", f"'<' + nrpick({c}, {v}s) + '>'",
                 f"nrpick({c}, {v}s) or {f}('z')"]
        self.emit(indent, f"{v}s = {s}\n{v}g = {f}")
        for e in t.sample(exprs, t.randint(2, 4)):
            self.emit(indent, f"try:\n    print('neverret', repr({e}))\nexcept ValueError as e:\n    print('neverret', e)")
        if t.random() < 0.5:  # through a function value that may be either
            self.emit(indent, f"for {v}h in [{ok}, {f}, {ok}]:\n    try:\n        {v}r = '=' + {v}h({v}s) + '.'\n"
                              f"        print('neverret', {v}r, len({v}r))\n    except ValueError as e:\n        print('neverret', e)")

    # ---- class attributes that stand for fields an object has not been given yet; a classmethod's cls
    def clsfield_stmt(self, indent: int):
        t = self.clsfield_r
        self.counter += 1
        v = f"cf{self.counter}"
        objs = ", ".join(f"{t.choice(['CfBase', 'CfSub'])}({t.randint(0, 9)})" for _ in range(t.randint(1, 4)))
        self.emit(indent, f"{v}s = [{objs}]")
        for _ in range(t.randint(1, 3)):
            e = t.choice([f"{v}s[{t.randint(0, 3)} % len({v}s)].visit()", f"CfBase.bump({t.randint(1, 5)})",
                          f"CfSub.label() + CfBase.label()", f"{v}s[0].label()", f"CfBase.hits + len(CfBase.seen)",
                          f"[(type(o.clone()).__name__, o.clone().k, o.clone().label()) for o in {v}s]",
                          f"[(o.make(2).k, o.make(1).label()) for o in {v}s]", "CfSub.make(4).label()",
                          f"[o.paint() for o in {v}s if isinstance(o, CfSub)]", f"cfpoke({v}s[{t.randint(0, 3)} % len({v}s)])",
                          f"[cfmake(k) for k in range({t.randint(1, 3)})]", "CfPre().desc + cfghost()",
                          f"[o.tint() for o in {v}s]", f"[o.relevel() for o in {v}s if isinstance(o, CfSub)]"])
            self.emit(indent, f"print('clsfield', {e})")
        if t.random() < 0.3:  # an object's field from its class attribute, given at module level
            self.emit(indent, f"{v}s[-1].hits += {t.randint(1, 4)}")
        k = t.random()
        if k < 0.3:  # a field for a class attribute a subclass overrides, read by a base method
            self.emit(indent, f"{v}s[0].shade = 'own{t.randint(0, 9)}'\nprint('clsfield', [o.tint() for o in {v}s])")
        elif k < 0.45:  # an empty list given to a class attribute that holds ints
            self.emit(indent, f"CfBase.seen = []\nCfBase.seen.append({t.randint(0, 9)})")
        if t.random() < 0.3:
            self.emit(indent, f"CfSub.color = '{t.choice(['blue', 'red'])}'")
        self.emit(indent, f"print('clsfield', [(o.color, o.hits, o.shade, o.level) for o in {v}s], CfBase.hits, CfBase.seen, CfSub.color, CfBase.level)")
        if t.random() < 0.4:
            self.emit(indent, f"print('clsfield', cfmark({t.randint(0, 9)}))")

    # ---- ~ & | ^ of locals whose values the compiler knows, near the edges of the small range (-2**63 + 2**60)
    BIT_EDGES = [2**62, -(2**62), 2**63 - 2**59, -(2**63) + 2**60, 2**63 - 1, -(2**63) + 3 * 2**60, 2**61, -(2**61),
                 -(2**62) + 2**59, 2**60, 7, -1]

    def bitedge_stmt(self, indent: int):
        t = self.bitedge_r
        self.counter += 1
        v = f"be{self.counter}"
        a, b = (t.choice(self.BIT_EDGES) + t.randint(-5, 5) for _ in range(2))
        exprs = [f"~{v}a", f"{v}a & {v}b", f"{v}a | {v}b", f"{v}a ^ {v}b", f"~{v}b ^ {v}a", f"{v}a & ~{v}b",
                 f"({v}a ^ {v}b) >> {t.randint(0, 63)}", f"~({v}a | {v}b)", f"{v}a ^ -{t.randint(1, 9)}"]
        shown = ", ".join(t.sample(exprs, t.randint(2, 5)))
        if indent == 0:  # (a def inside a statement is refused)
            self.emit(indent, f"def {v}():\n    {v}a = {a}\n    {v}b = {b}\n    print('bitedge', {shown})")
            self.emit(indent, f"{v}()")
        if t.random() < 0.5 or indent > 0:  # the same, in a loop: ranges from a counter
            self.emit(indent, f"for {v}i in range({t.randint(1, 4)}):\n    {v}a = {a} - {v}i\n    {v}b = {b} + {v}i\n"
                              f"    print('bitedge', {shown})")

    # ---- a variable given ints and strs by statements in branches, loops and handlers, read between them
    TW_INTS = ["7", "-3", "len(str(v))", "len(str(v)) * 2 - k"]
    TW_STRS = ["'s'", "str(v) + 'x'", "repr(v)[:3]", "str(k)"]

    def typeweb_stmt(self):
        """Segments, each begun by an assignment every path runs and keeping one type (int or str)
        inside: so no read sees both types, and pyzc accepts the function only by giving each web a
        variable of its own (types/split_vars.py)."""
        t = self.typeweb_r
        self.counter += 1
        name = f"tw{self.counter}"
        lines: list[str] = []

        def block(indent: int, depth: int, loops: int, values: list[str]):
            pad = "    " * indent
            for _ in range(t.randint(1, 3)):
                kind = t.choice(["assign", "assign", "read", "if", "for", "while", "try", "stop"] if depth < 3 else ["assign", "read"])
                if kind == "assign":
                    lines.append(f"{pad}v = {t.choice(values)}")
                elif kind == "read":
                    lines.append(f"{pad}print('typeweb', repr(v))")
                elif kind == "if":
                    lines.append(f"{pad}if k % {t.randint(2, 3)} == {t.randint(0, 1)}:")
                    block(indent + 1, depth + 1, loops, values)
                    if t.random() < 0.6:
                        lines.append(f"{pad}else:")
                        block(indent + 1, depth + 1, loops, values)
                elif kind == "for":
                    lines.append(f"{pad}for k in range({t.randint(0, 3)}):")
                    block(indent + 1, depth + 1, loops + 1, values)
                    if t.random() < 0.3:
                        lines.append(f"{pad}else:")
                        block(indent + 1, depth + 1, loops, values)
                elif kind == "while":
                    w = f"w{depth}"
                    lines.append(f"{pad}{w} = 0")
                    lines.append(f"{pad}while {w} < {t.randint(1, 3)}:")
                    lines.append(f"{pad}    {w} += 1")
                    block(indent + 1, depth + 1, loops + 1, values)
                elif kind == "try":
                    lines.append(f"{pad}try:")
                    if t.random() < 0.5:  # assignments before the one that may raise: the handler may see them
                        block(indent + 1, depth + 1, loops, values)
                    if values is self.TW_STRS:  # int() of the str: ValueError unless it is digits
                        if t.random() < 0.4:
                            lines.append(f"{pad}    v = {t.choice(self.TW_STRS[:1] + self.TW_STRS[3:])}")
                        lines.append(f"{pad}    v = str(int(v) + {t.randint(0, 2)})")
                    else:
                        lines.append(f"{pad}    v = int(str(v) if k % 2 else 'q') + {t.randint(0, 2)}")
                    if t.random() < 0.5:
                        block(indent + 1, depth + 1, loops, values)
                    lines.append(f"{pad}except ValueError:")
                    if t.random() < 0.5:
                        lines.append(f"{pad}    print('typeweb', 'handler', repr(v))")
                    block(indent + 1, depth + 1, loops, values)
                elif loops:
                    lines.append(f"{pad}if k == {t.randint(0, 2)}:")
                    lines.append(f"{pad}    {t.choice(['break', 'continue'])}")
                else:
                    lines.append(f"{pad}pass")

        lines.append(f"def {name}(k):")
        first = t.choice(["0", "'a'", "k"])
        lines.append(f"    v = {first}")
        values = self.TW_STRS if first == "'a'" else self.TW_INTS
        for _ in range(t.randint(1, 3)):  # segments, each begun by an assignment every path runs: webs of their own
            block(1, 0, 0, values)
            values = t.choice([self.TW_INTS, self.TW_STRS])
            lines.append(f"    v = {t.choice(values)}")
        lines.append("    return repr(v)")
        self.emit(0, "\n".join(lines))
        self.emit(0, f"print('typeweb', {name}(1), {name}(2))")

    # ---- a dict or set changed by the loop walking it
    def mutiter_stmt(self):
        t = self.mutiter_r
        self.counter += 1
        name = f"mi{self.counter}"
        is_set = t.random() < 0.35
        strs = t.random() < 0.5 and not is_set  # (a set of strs has the order of its hashes: random per run)
        n = t.randint(0, 5)

        def key(i: int) -> str:
            return repr(f"k{i}") if strs else str(i * 3 - 4)

        def new_key(var: str) -> str:  # a key made from the loop's
            return t.choice([f"{var} + 'n'", f"{var} * 2", f"'z' + {var}"]) if strs else \
                t.choice([f"{var} + 100", f"{var} * 2", f"-{var} - 1", f"{var} + {t.randint(1, 3)}"])

        lines = [f"def {name}(k):"]
        if is_set:
            lines.append(f"    c = {{{', '.join(key(i) for i in range(n))}}}" if n else "    c = set()")
            if not n:
                lines.append("    c.add(0)")
        else:
            lines.append(f"    c = {{{', '.join(f'{key(i)}: {i}' for i in range(n))}}}")
            if not n:
                lines.append(f"    c[{key(9)}] = 9")
        lines.append("    seen = []")
        genexp = t.random() < 0.25
        view = "" if is_set else t.choice(["", ".keys()", ".values()", ".items()"])
        rev = not is_set and t.random() < 0.3  # reversed(): a dict's entries from the last down
        if genexp:  # made before the change: its iterator has the size of then
            lines.append(f"    g = reversed(c{view})" if rev else "    g = (x for x in c)" if is_set or t.random() < 0.5
                         else "    g = (kv for kv in c.items())")
        lines.append("    try:")
        if genexp:
            lines.append((f"        c.add({key(7)})" if is_set else f"        c[{key(7)}] = 7")
                         if t.random() < 0.6 else "        c.clear()" if t.random() < 0.5 else "        pass")
            lines.append("        for x in g:")
            lines.append("            seen.append(x)")
        else:
            var = "v" if view == ".values()" else "kv" if view == ".items()" else "x"
            lines.append(f"        for {var} in reversed(c{view}):" if rev else f"        for {var} in c{view}:")
            lines.append(f"            seen.append({var})")
            kvar = None if view == ".values()" else "kv[0]" if view == ".items()" else "x"
            for _ in range(t.randint(1, 3)):
                op = t.choice(["del_cur", "del_other", "add", "add", "pop_readd", "overwrite", "discard", "break",
                               "swap", "swap", "swap"])
                cond = t.choice(["", f"if len(seen) == {t.randint(1, 3)}: ", f"if len(seen) % 2 == {t.randint(0, 1)}: "])
                other = key(t.randint(0, 5))
                if op == "swap" and kvar:  # one key out, another in: the size stays
                    out = t.choice([kvar, other])
                    stmt = (f"c.discard({out}); c.add({new_key(kvar)})" if is_set else
                            f"c.pop({out}, -1); c[{new_key(kvar)}] = len(seen)")
                elif op == "del_cur" and kvar:
                    stmt = f"c.remove({kvar})" if is_set else f"del c[{kvar}]"
                elif op == "pop_readd" and kvar and not is_set:
                    stmt = f"c[{kvar}] = c.pop({kvar})"
                elif op == "pop_readd" and kvar:
                    stmt = f"c.discard({kvar}); c.add({kvar})"
                elif op == "add" and kvar:
                    stmt = f"c.add({new_key(kvar)})" if is_set else f"c[{new_key(kvar)}] = len(seen)"
                elif op == "add":
                    stmt = f"c.add({other})" if is_set else f"c[{other}] = len(seen)"
                elif op == "overwrite" and not is_set and kvar:
                    stmt = f"c[{kvar}] = len(seen) * 10"
                elif op == "discard" or op == "del_other" or is_set:
                    stmt = f"c.discard({other})" if is_set else f"c.pop({other}, -1)"
                elif op == "break":
                    stmt = "break"
                else:
                    stmt = f"c.pop({other}, -1)"
                lines.append(f"            {cond}{stmt}")
            lines.append("            if len(seen) > 40: break")
        lines.append("    except RuntimeError as e:")
        lines.append("        print('mutiter', k, type(e).__name__, e)")
        lines.append("    print('mutiter', k, seen, c)")
        self.emit(0, "\n".join(lines))
        self.emit(0, f"{name}(1)")

    # ---- hashes of tuples holding numbers of several types or tuples of any length, and sets of them
    NH_NUMBERS = ["0", "1", "-1", "7", "-2", "2.5", "-0.5", "0.0", "-0.0", "1e300", "2 ** 64", "-(2 ** 70)", "True",
                  "float('inf')", "1e-300", "3.0", "123456789"]

    def numhash_stmt(self, indent: int):
        t = self.numhash_r
        self.counter += 1
        v = f"hq{self.counter}"
        # at least one int and one float among the first items: the place is a number of several types
        firsts = [t.choice(["0", "7", "-2", "2 ** 64", "True"]), t.choice(["2.5", "-0.5", "1e300", "0.0"])]
        firsts += [t.choice(self.NH_NUMBERS) for _ in range(t.randint(0, 4))]
        t.shuffle(firsts)
        second = t.choice(["1", "0", "-1", "(1, 2)", "2.5"])
        self.emit(indent, f"{v} = [{', '.join(f'({x}, {second})' for x in firsts)}]")
        self.emit(indent, f"print('numhash', [hash(p) for p in {v}], set({v}), {{p: i for i, p in enumerate({v})}})")
        self.emit(indent, f"print('numhash', [(hash(p[0]), hash((p[0],)), hash((p[0], -p[0]))) for p in {v}])")
        # tuples of any length inside tuples: made by tuple() of a slice of a list
        n = t.randint(0, 4)
        self.emit(indent, f"{v}w = [({t.randint(-3, 9)}, tuple(range({v}k))) for {v}k in range({n})]")
        self.emit(indent, f"print('numhash', [hash(w) for w in {v}w], set({v}w), hash(({t.randint(0, 5)}, ({t.randint(0, 5)}, {t.randint(0, 5)}))))")
        if t.random() < 0.5:  # many of them: a set that every hash lands in one slot of is quadratic
            self.emit(indent, f"{v}s = set()\nfor {v}i in range({t.randint(100, 3000)}):\n    {v}s.add(({v}i if {v}i % {t.randint(2, 9)} else float({v}i), 0))\n"
                              f"print('numhash', len({v}s), list({v}s)[:5])")
    # ---- lists and deques changed while something walks them
    def mutlist_stmt(self):
        t = self.mutlist_r
        self.counter += 1
        name = f"ml{self.counter}"
        kind = t.choice(["iter", "iter", "deque", "deque", "sort", "del"])
        strs = t.random() < 0.4 and kind != "deque"
        n = t.randint(0, 5) if kind != "deque" else t.randint(1, 5)

        def val(i: int) -> str:
            return repr(f"s{i}") if strs else str(i * 7 % 11 - 3)

        items = "[" + ", ".join(val(t.randint(0, 9)) for _ in range(n)) + "]"
        lines = [f"def {name}(k):", f"    xs = {items}"]
        if strs and n == 0:
            lines.append("    xs.append('s0')")
        if kind == "iter":
            lines.append("    it = iter(xs)")
            lines.append("    seen = []")
            how = t.choice(["for", "list", "next", "break"])
            if how == "for":
                lines += ["    for x in it:", "        seen.append(x)"]
            elif how == "list":
                lines.append("    seen = list(it)")
            elif how == "next":
                for _ in range(t.randint(1, n + 2)):
                    lines.append(f"    seen.append(next(it, {val(9)}))")
            else:
                lines += ["    for x in it:", "        seen.append(x)", f"        if len(seen) == {t.randint(1, 4)}:", "            break"]
            for _ in range(t.randint(1, 2)):
                grow = t.choice([f"xs.append({val(t.randint(0, 9))})", f"xs.extend([{val(1)}, {val(2)}])",
                                 f"xs.insert(0, {val(3)})", f"xs += [{val(4)}]"])
                lines.append(f"    {grow}")
                read = t.choice([f"next(it, {val(8)})", "list(it)", "len(seen)"])
                if read == "len(seen)":
                    lines += ["    for x in it:", "        seen.append(x)"]
                lines.append(f"    print('mutlist', k, {read}, seen)")
            lines.append("    print('mutlist', k, 'end', list(it), xs)")
        elif kind == "deque":
            bounded = f", maxlen={t.randint(n, n + 2)}" if t.random() < 0.25 else ""
            lines[1] = f"    d = collections.deque({items}{bounded})"
            lines += ["    seen = []", "    try:", "        for x in d:", "            seen.append(x)"]
            for _ in range(t.randint(1, 2)):
                op = t.choice(["d.append(x)", "d.appendleft(x + 1)", "d.pop()", "d.popleft()", "d.append(x); d.popleft()",
                               "d.appendleft(x); d.pop()", f"d.rotate({t.randint(-2, 2)})", "d.clear()", "d.reverse()",
                               "d[0] = x * 2", "d.extend([x, 1])", "d.extend([])", "d.remove(x)", "del d[-1]"])
                guard = "if d and " if op.startswith(("d.pop", "d[0]", "d.rotate", "d.reverse", "del d")) else "if "
                if op == "d.remove(x)":
                    guard = "if x in d and "
                cond = t.choice([f"len(seen) == {t.randint(1, 3)}", f"x == {val(t.randint(0, 9))}", "len(seen) % 2 == 0"])
                lines.append(f"            {guard}{cond}: {op}")
            if t.random() < 0.3:  # from the last item: CPython's dequereviter checks the state as well
                lines[lines.index("        for x in d:")] = "        for x in reversed(d):"
            lines += ["            if len(seen) > 30: break",
                      "    except RuntimeError as e:", "        print('mutlist', k, type(e).__name__, e)",
                      "    print('mutlist', k, 'end', seen, d)"]
        elif kind == "sort":
            touch = t.choice(["xs.append(v)", "log.append(len(xs))", "xs.clear()", "log.append(len(xs)); xs.append(v)",
                              "log.append(v)", f"xs.extend([v, v])", "if xs: xs.pop()"])
            if t.random() < 0.3:
                touch = f"if v == {val(t.randint(0, 9))}: raise KeyError('key')\n        {touch}"
            lines[0] = f"def {name}key(xs, log, v):"
            lines[1:] = ["    if True:", f"        {touch}", f"    return {'len(v)' if strs and t.random() < 0.5 else 'v'}", "",
                         f"def {name}(k):", f"    xs = {items}"]
            if strs and n == 0:
                lines.append("    xs.append('s0')")
            lines.append("    log = []")
            rev = t.choice(["", ", reverse=True", ", reverse=False"])
            call = t.choice([f"xs.sort(key=lambda v: {name}key(xs, log, v){rev})",
                             f"xs.sort(key=lambda v: {name}key(xs, log, v){rev})",
                             f"print('mutlist', k, sorted(xs, key=lambda v: {name}key(xs, log, v){rev}))"])
            lines += ["    try:", f"        {call}", "    except (ValueError, KeyError) as e:",
                      "        print('mutlist', k, type(e).__name__, e)", "    print('mutlist', k, 'end', xs, log)"]
        else:
            idxs = ", ".join(str(t.randint(-7, 7)) for _ in range(t.randint(1, 4)))
            lines += [f"    for i in ({idxs},):", "        try:", "            del xs[i]",
                      "        except IndexError as e:", "            print('mutlist', k, i, type(e).__name__, e)",
                      "    print('mutlist', k, 'end', xs)"]
        self.emit(0, "\n".join(lines))
        self.emit(0, f"{name}(1)")
        if kind == "deque" and "import collections" not in self.lines:
            self.lines.insert(0, "import collections")

    # ---- next() with defaults of iterators that never give an item; objects unpacked through __iter__
    ID_EMPTY = ["[]", "()", "set()", "{}", "range(0)", "idnone.items()", "idnone.values()", "idnone.keys()",
                "idnone", "idlist"]
    ID_DEFAULTS = ["'none'", "2.5", "None", "(1, 'x')", "[3]", "-7", "True"]
    ID_CLASSES = ("class IdPt:\n    def __init__(self, *xs):\n        self.xs = list(xs)\n\n"
                  "    def __iter__(self):\n        for x in self.xs:\n            yield x\n\n\n"
                  "class IdWrap:\n    def __init__(self, *xs):\n        self.xs = list(xs)\n\n"
                  "    def __iter__(self):\n        return iter(self.xs)\n\n\n"
                  "class IdCount:\n    def __init__(self, n):\n        self.n = n\n\n"
                  "    def __iter__(self):\n        return self\n\n"
                  "    def __next__(self):\n        if self.n <= 0:\n            raise StopIteration\n"
                  "        self.n -= 1\n        return self.n * 3\n")

    def iterdflt_stmt(self):
        t = self.iterdflt_r
        self.counter += 1
        name = f"id{self.counter}"
        if not any(line.startswith("class IdPt:") for line in self.lines):
            self.emit(0, self.ID_CLASSES)
        lines = [f"def {name}(k):", "    idnone = {}", "    idlist = []", f"    idfull = {{'a{t.randint(0, 9)}': {t.randint(-5, 5)}, 'b': 2}}"]
        if not hasattr(self, "iterdflt_views"):  # half the programs without views nor unpacking (older pyzc
            self.iterdflt_views = t.random() < 0.5  # refused those, and compiled the rest to C that did not build)
        views = self.iterdflt_views
        for _ in range(t.randint(1, 3)):
            picks = []
            for _ in range(t.randint(1, 3)):
                e = t.choice(self.ID_EMPTY if views else [e for e in self.ID_EMPTY if "." not in e])
                d = "-7" if e == "range(0)" else t.choice(self.ID_DEFAULTS)
                it = f"(x for x in {e})" if t.random() < 0.2 and e not in ("idnone", "{}") else f"iter({e})"
                picks.append(f"next({it}, {d})")
            if views and t.random() < 0.5:
                picks.append(f"next(iter(idfull.{t.choice(['items', 'values', 'keys'])}()), None)")
            lines.append(f"    print('iterdflt', k, {', '.join(picks)})")
        if not views:
            self.emit(0, "\n".join(lines))
            self.emit(0, f"{name}({t.randint(0, 9)})")
            return
        cls = t.choice(["IdPt", "IdWrap", "IdCount"])
        n = t.randint(1, 3)
        args = str(n) if cls == "IdCount" else ", ".join(str(t.randint(-9, 9)) for _ in range(n))
        names = n + t.choice([0, 0, -1, 1]) if n > 1 else n + t.choice([0, 1])
        targets = ", ".join(f"u{i}" for i in range(names)) + ("," if names == 1 else "")
        lines += ["    try:", f"        {targets} = {cls}({args})",
                  f"        print('iterdflt', k, {', '.join(f'u{i}' for i in range(names))})",
                  "    except ValueError as e:", "        print('iterdflt', k, 'ValueError', e)"]
        self.emit(0, "\n".join(lines))
        self.emit(0, f"{name}({t.randint(0, 9)})")
    # ---- dicts keyed by tuples of items a later function gives, read and stored in one statement
    def tuplekey_stmt(self):
        t = self.tuplekey_r
        self.counter += 1
        name = f"tk{self.counter}"
        words = [t.choice(["a", "b", "cc", "", "d e"]) for _ in range(t.randint(0, 5))]
        rows = " ".join(f"{w},{t.randint(-3, 9)};" for w in words)
        key = t.choice(["(w, n)", "(n, w)", "(w, w + '!')", "(n % 3, n > 2)", "(w, (n, len(w)))"])
        dflt = t.choice(["0", "0.0", "-1", "10"])
        store = t.choice([f"d[key] = d.get(key, {dflt}) + n",
                          f"d[key] = d.pop(key, {dflt}) * 2 + n",
                          f"d.setdefault(key, []).append(n)",
                          f"d[key] = d.get(key, {dflt}) + n if key not in d else d[key] - 1"])
        lines = [f"def {name}rows(text):", "    out = []", "    for piece in text.split(';'):",
                 "        if piece.strip():", "            w, n = piece.strip().split(',')", "            out.append((w, int(n)))",
                 "    return out", "",
                 f"def {name}(k):", "    d = {}", f"    for w, n in {name}rows({rows!r}):", "        key = " + key,
                 "        " + store, "    print('tuplekey', k, sorted(d.items(), key=repr), len(d))"]
        self.emit(0, "\n".join(lines))
        self.emit(0, f"{name}(1)")

    # ---- operands of a class and of classes derived from it: the reflected method first
    def subrefl_stmt(self):
        t = self.subrefl_r
        self.counter += 1
        a, b, c = f"Sra{self.counter}", f"Srb{self.counter}", f"Src{self.counter}"

        def method(cls: str, name: str, body: str) -> list[str]:
            return [f"    def {name}(self, other):", f"        print('subrefl {cls}.{name}', self.v, other.v)", f"        return {body}", ""]

        lines = [f"class {a}:", "    def __init__(self, v):", "        self.v = v", ""]
        lines += method(a, "__lt__", "self.v < other.v") + method(a, "__gt__", "self.v > other.v")
        if t.random() < 0.6:
            lines += method(a, "__eq__", "self.v == other.v") + ["    __hash__ = None", ""]
        lines += method(a, "__add__", "self.v + other.v") + method(a, "__radd__", "other.v + self.v")
        lines += [f"class {b}({a}):"]
        sub = []
        if t.random() < 0.6:
            sub += method(b, "__gt__", t.choice(["self.v % 3 > other.v % 3", "True", "self.v >= other.v"]))
        if t.random() < 0.6:
            sub += method(b, "__radd__", t.choice(["100 + self.v", "other.v * 10 + self.v", "self.v"]))
        if t.random() < 0.4:
            sub += method(b, "__lt__", "self.v % 2 < other.v % 2")
        if t.random() < 0.3:
            sub += method(b, "__eq__", "self.v % 2 == other.v % 2") + ["    __hash__ = None", ""]
        lines += sub or ["    pass", ""]
        lines += [f"class {c}({b if t.random() < 0.4 else a}):", "    pass", ""]
        pool = ", ".join(f"{t.choice([a, b, c])}({t.randint(0, 5)})" for _ in range(t.randint(2, 4)))
        x, y = f"srx{self.counter}", f"sry{self.counter}"
        ops = [op.replace("x", x).replace("y", y) for op in t.sample(["x < y", "x > y", "x == y", "x != y", "x + y"], t.randint(2, 4))]
        lines += [f"for {x} in [{pool}]:", f"    for {y} in [{pool}]:",
                  f"        print('subrefl', type({x}).__name__, type({y}).__name__, {', '.join(ops)})"]
        self.emit(0, "\n".join(lines))

    # ---- a library class and lambdas with computed defaults as values
    def libval_stmt(self):
        t = self.libval_r
        self.counter += 1
        n = self.counter
        if "from fractions import Fraction" not in self.lines:
            self.lines.insert(0, "from fractions import Fraction")
        pairs = ", ".join(f"({t.randint(-5, 9)}, {t.randint(1, 7)})" for _ in range(t.randint(1, 4)))
        lines = [f"def lvsum{n}(make, pairs):", "    s = make(0)", "    for a, b in pairs:",
                 f"        s {t.choice(['+=', '-='])} make(a, b)", "    return s",
                 f"print('libval', lvsum{n}(Fraction, [{pairs}]))"]
        k0, c = t.randint(0, 4), t.randint(-3, 3)
        body = t.choice([f"x * k + {c}", f"(x - k) // {t.randint(1, 3)}", "str(x) * (k % 3)", f"[x, k, {c}]"])
        lines += [f"lvf{n} = []", f"for k in range({k0}, {k0 + t.randint(1, 4)}):",
                  f"    lvf{n}.append(lambda x, k=k: {body})"]
        lines += [f"lvg{n} = [lambda x, k=k * {t.randint(1, 3)}: {body} for k in range({t.randint(1, 4)})]"]
        args = ", ".join(str(t.randint(-2, 5)) for _ in range(2))
        if "from collections import namedtuple" not in self.lines:
            self.lines.insert(0, "from collections import namedtuple")
        deps = ", ".join(str(t.randint(0, 9)) for _ in range(t.randint(1, 3)))
        lines += [f"LvJob{n} = namedtuple('LvJob{n}', 'name deps')",  # an empty list given to a field others fill
                  f"lvj{n} = [LvJob{n}('a', []), LvJob{n}('b', [{deps}])]",
                  f"print('libval', lvj{n}, [len(j.deps) for j in lvj{n}])"]
        lines += [f"lvo{n} = []", f"lvt{n} = (lvo{n}.append(1), lambda k=len(lvo{n}): k, lvo{n}.append(2))",
                  f"print('libval', [f({t.randint(-3, 6)}) for f in lvf{n} + lvg{n}], [f({args}) for f in lvf{n}], lvt{n}[1]())"]
        self.emit(0, "\n".join(lines))

    # ---- dict keys and set items that are tuples of several lengths
    def lenkey_stmt(self):
        t = self.lenkey_r
        self.counter += 1
        name = f"lnk{self.counter}"
        parts = tuple(t.randint(1, 9) for _ in range(t.randint(1, 5)))
        rest = t.choice(["parts[1:]", "parts[:-1]"])
        first = "parts[0]" if rest == "parts[1:]" else "parts[-1]"
        key = t.choice(["({n}, {parts})", "({parts}, {n})", "{parts} + ({n},)", "({n}, len({parts}), {parts})"])
        combine = t.choice([f"{name}(n - {first}, parts, memo) + {name}(n, {rest}, memo)",
                            f"max({name}(n - {first}, parts, memo), {name}(n, {rest}, memo) + 1)"])
        lines = [f"def {name}(n, parts, memo):", "    key = " + key.format(n="n", parts="parts"), "    if key in memo:", "        return memo[key]",
                 "    if n == 0:", "        r = 1", "    elif n < 0 or not parts:", "        r = 0", "    else:",
                 f"        r = {combine}", "    memo[key] = r", "    return r", "",
                 f"def {name}s(k):", "    memo = {}",
                 f"    print('lenkey', k, {name}({t.randint(0, 25)}, {parts!r}, memo), len(memo))"]
        if t.random() < 0.5:
            lines.append(f"    print('lenkey', k, sorted(memo.items())[:{t.randint(1, 4)}], memo.get({key.format(n=t.randint(0, 5), parts=repr(parts[1:]))}, -1))")
        items = []
        for _ in range(t.randint(2, 7)):
            items.append(repr(tuple(t.randint(0, 4) for _ in range(t.randint(0, 3)))))
        strs = t.random() < 0.3
        if strs:
            items = [repr(tuple(str(x) for x in eval(i))) for i in items]
        made = t.choice(["set()", "{" + items[0] + "}" if items[0] != "()" else "set()"])
        lines.append(f"    s = {made}")
        d = t.random() < 0.5
        if d:
            lines.append("    d = {}" if t.random() < 0.5 else f"    d = {{{items[-1]}: 0}}")
        for i, it in enumerate(items):
            op = t.choice(["add", "add", "add", "in", "discard", "remove", "tuple"])
            if op == "add":
                lines.append(f"    s.add({it})")
            elif op == "in":
                lines.append(f"    print('lenkey', k, {it} in s, {it} not in s)")
            elif op == "discard":
                lines.append(f"    s.discard({it})")
            elif op == "remove":
                lines += ["    try:", f"        s.remove({it})", "    except KeyError as e:", "        print('lenkey', k, 'KeyError', e)"]
            else:
                lines.append(f"    s.add(tuple([{', '.join(repr(x) for x in eval(it))}]))")
            if d:
                dop = t.choice(["set", "set", "get", "pop", "del", "in"])
                if dop == "set":
                    lines.append(f"    d[{it}] = d.get({it}, 0) + {i + 1}")
                elif dop == "get":
                    lines.append(f"    print('lenkey', k, d.get({it}), d.get({it}, -1))")
                elif dop == "pop":
                    lines.append(f"    print('lenkey', k, d.pop({it}, -2))")
                elif dop == "del":
                    lines += ["    try:", f"        del d[{it}]", "    except KeyError as e:", "        print('lenkey', k, 'KeyError', e)"]
                else:
                    lines.append(f"    print('lenkey', k, {it} in d, len(d))")
        lines.append("    print('lenkey', k, sorted(s), len(s))")
        if not strs:
            lines.append("    print('lenkey', k, s)")
        if d:
            lines.append("    print('lenkey', k, d, len(d))")
        if t.random() < 0.5:  # keys that are objects whose __eq__ prints: each lookup compares once per entry
            words = [t.choice(["ab", "AB", "cd", "Cd", "xyz", "e"]) for _ in range(t.randint(1, 4))]
            look = t.choice(["ab", "CD", "zz", "E", "xyz"])
            cls = f"LkW{self.counter}"
            lines = [f"class {cls}:", "    def __init__(self, s):", "        self.s = s", "",
                     "    def __eq__(self, other):", "        print('lenkey eq', self.s, other.s)",
                     "        return self.s.lower() == other.s.lower()", "",
                     "    def __hash__(self):", "        return len(self.s)", ""] + lines
            lines.append("    w = {" + ", ".join(f"{cls}({x!r}): {i}" for i, x in enumerate(words)) + "}")
            lines.append("    print('lenkey', k, " + t.choice([f"w.get({cls}({look!r}))", f"w.get({cls}({look!r}), 0.5)",
                                                              f"w.pop({cls}({look!r}), 0.5)", f"{cls}({look!r}) in w",
                                                              f"w.get({cls}({look!r}), -1)"]) + ", len(w))")
        self.emit(0, "\n".join(lines))
        self.emit(0, f"{name}s(1)")

    # ---- an OrderedDict changed by a run of operations, printed and compared along the way
    def odops_stmt(self):
        t = self.odops_r
        self.counter += 1
        name = f"od{self.counter}"
        strs = t.random() < 0.4

        def key() -> str:
            k = t.randint(0, 6)
            return repr(f"k{k}") if strs else str(k)

        lines = [f"def {name}(k):", "    od = collections.OrderedDict()"]
        if t.random() < 0.5:
            lines.append(f"    od = collections.OrderedDict([({key()}, 1), ({key()}, 2)])")
        for _ in range(t.randint(4, 25)):
            op = t.choice(["set", "set", "set", "del", "end", "front", "popl", "popf", "pop", "update", "show", "eq", "clear"])
            if op == "set":
                lines.append(f"    od[{key()}] = {t.randint(-9, 99)}")
            elif op == "del":
                lines += ["    try:", f"        del od[{key()}]", "    except KeyError as e:", "        print('odops', k, 'KeyError', e)"]
            elif op in ("end", "front"):
                last = "" if op == "end" and t.random() < 0.5 else f", last={op == 'end'}"
                lines += ["    try:", f"        od.move_to_end({key()}{last})", "    except KeyError as e:",
                          "        print('odops', k, 'KeyError', e)"]
            elif op in ("popl", "popf"):
                last = "" if op == "popl" and t.random() < 0.5 else f"last={op == 'popl'}"
                lines += ["    try:", f"        print('odops', k, od.popitem({last}))", "    except KeyError as e:",
                          "        print('odops', k, 'KeyError', e)"]
            elif op == "pop":
                lines.append(f"    print('odops', k, od.pop({key()}, -1))")
            elif op == "update":
                lines.append(f"    od.update({{{key()}: 1, {key()}: 2}})")
            elif op == "show":
                lines.append("    print('odops', k, od, list(reversed(od)), len(od))")
            elif op == "eq":
                lines.append("    print('odops', k, od == collections.OrderedDict(sorted(od.items())), od == dict(od), od.copy() == od)")
            elif t.random() < 0.3:
                lines.append("    od.clear()")
        change = t.choice([f"od.move_to_end(x{', last=False' if t.random() < 0.5 else ''})", f"od[{key()}] = 0",
                           "del od[x]", "od[x] = 5"])
        lines += ["    try:", "        for x in list(od)[:1] + list(od):", "            if x in od:",
                  f"                {change}", "    except RuntimeError as e:", "        print('odops', k, 'RuntimeError', e)",
                  "    try:", "        for x in od:", f"            {change}", "    except (RuntimeError, KeyError) as e:",
                  "        print('odops', k, type(e).__name__, e)", "    print('odops', k, od)"]
        self.emit(0, "\n".join(lines))
        self.emit(0, f"{name}({t.randint(0, 9)})")
        if "import collections" not in self.lines:
            self.lines.insert(0, "import collections")

    # ---- a local that a test shows is None, used where a value is needed: CPython's error there
    def nonehere_stmt(self, indent: int):
        t = self.nonehere_r
        self.counter += 1
        v = f"nh{self.counter}"
        test = t.choice([f"{v}p is None", f"not isinstance({v}p, NhV)", f"not ({v}p is not None)", f"{v}p is None and {v}k < 100"])
        uses = [f"{v}p.x", f"{v}p + nhside(1)", f"nhside(2) * {v}p", f"-{v}p", f"{v}p < 3", f"3 >= {v}p", f"len({v}p)",
                f"{v}p[0]", f"[q for q in {v}p]", f"NhV(1) + {v}p", f"{v}p.x + {v}p.x", f"abs({v}p)", f"str({v}p) + '!'",
                f"{v}p == None", f"repr({v}p)", f"NhV(2) + {v}k", f"list(zip('ab', {v}p))", f"list(enumerate({v}p))"]
        objs = [f"NhV({t.randint(-3, 3)})" for _ in range(t.randint(1, 2))] + ["None"] * t.randint(1, 2)
        t.shuffle(objs)
        self.emit(indent, f"{v}k = {t.randint(-5, 5)}\nfor {v}p in [{', '.join(objs)}]:\n    if {test}:")
        for e in t.sample(uses, t.randint(1, 3)):
            self.emit(indent + 2, f"try:\n    print('nonehere', repr({e}))\nexcept (TypeError, AttributeError) as e:\n"
                                  f"    print('nonehere', type(e).__name__, e)")
        self.emit(indent + 1, f"else:\n    print('nonehere', {v}p.x, NhV(1) + {v}p)")
        if t.random() < 0.5:
            self.emit(indent, f"print('nonehere', nhfill(), nhfill({{{t.randint(0, 3)}: 5}}), nhfill(None, [{t.randint(1, 9)}]))")
            self.emit(indent, f"print('nonehere', nhor().deps, sum(d for d in nhor([{v}k]).deps), any(d for d in nhor(None, [{v}k]).deps))")
            self.emit(indent, f"{v}best = None\nfor {v}word in ['ab', 'cde', 'f'][:{v}k % 4]:\n    if {v}best is None or len({v}word) > len({v}best):\n"
                              f"        {v}best = {v}word\ntry:\n    print('nonehere', list(zip({v}best, 'xyz')), list(zip('q', {v}best)))\n"
                              f"except TypeError as e:\n    print('nonehere', e)")
            self.emit(indent, f"print('nonehere', NhW(3) * {v}k, NhW({v}k) * NhW(2), nhwrap(NhW({v}k)), nhwrap({v}k), nhwrap(None))\n"
                              f"try:\n    print('nonehere', NhW({v}k) * None)\nexcept TypeError as e:\n    print('nonehere', e)")
        if t.random() < 0.6 and indent == 0:  # a field narrowed by its test until a store through an alias, a call
            between = t.choice(["", "", "a.s = None", "nhclear(a)", "b.s = b.s + 'x'", "n = len(b.s)", "n = str(b.s)",
                                "b.drop()", "n = a.drop() + len(b.s)", "b = NhBox(None)", "n = b.s"])
            read = t.choice(["b.s.upper()", "str(len(b.s))", "b.s + '!'", "b.s[0:1] * 2"])
            test = t.choice(["b.s is not None", "b.s", "not (b.s is None)", "b.s is not None and len(b.s) < 9"])
            boxes = ", ".join(["NhBox('ab')"] + [t.choice(["NhBox(None)", "NhBox('ab')", "NhBox('')"]) for _ in range(t.randint(0, 2))])
            self.emit(indent, f"def {v}f(b, a):\n    if {test}:\n        {between or 'pass'}\n        return {read}\n"
                              f"    return b.s\n\nfor {v}b in [{boxes}]:\n    try:\n        print('nonehere', {v}f({v}b, {v}b))\n"
                              f"    except (TypeError, AttributeError) as e:\n        print('nonehere', type(e).__name__, e)")

    # ---- fields of a split row read only by concatenations and int(): read where they lie
    PART_ROWS = ["a=1", "key=42", "x= 7 ", "é=-3", "中文=12", "k=", "=5", "n=x1", "a=b=c", "plain", "w=9999999999999999999999",
                 "t=+8", "s=1_000"]

    def piecepart_stmt(self, indent: int):
        t = self.piecepart_r
        self.counter += 1
        v = f"pq{self.counter}"
        rows = [t.choice(self.PART_ROWS) for _ in range(t.randint(0, 5))]
        sep = t.choice(["\n", ";"])
        loop = f"{v}t.splitlines()" if sep == "\n" else f"{v}t.split(';')"
        w = t.choice(["3", "5", "1"])
        uses = [f"{v}o.append({v}k + ':' + {v}v.rjust({w}) + '|')", f"{v}o.append(f'{{{v}k:>{w}}}={{{v}v}}')",
                f"{v}o.append({v}k.zfill({w}) + '-' + {v}v + {v}k)", f"{v}n += int({v}v)", f"{v}o.append('<' + {v}v + '>')",
                f"{v}o.append({v}k.ljust({w}) + {v}v.ljust({w}) + '.')"]
        body = "\n        ".join(t.sample(uses, t.randint(1, 3)))
        extra = t.choice(["", "", f"\n        {v}o.append({v}k)", f"\n        {v}k = {v}k + '!'", f"\n        {v}v = 'r'",
                          f"\n        print('piecepart', {v}k)"])
        last = t.choice(["", "", f", repr({v}k), repr({v}v)"])
        seen = t.choice(["", f", repr({v}k), repr({v}v)"])  # the handler reads the fields: they must be made
        self.emit(indent, f"{v}t = {sep.join(rows)!r}\n{v}o = []\n{v}n = 0\n{v}k = {v}v = 'none'\ntry:\n"
                          f"    for {v}r in {loop}:\n        {v}k, {v}v = {v}r.split('=')\n        {body}{extra}\n"
                          f"    print('piecepart', {v}o, {v}n{last})\n"
                          f"except ValueError as e:\n    print('piecepart', e, {v}o, {v}n{seen})")

    # ---- exceptions leaving functions through finally clauses and with-statements
    def finraise_defs(self):
        t = self.finraise_r
        n = t.randint(1, 3)
        steps = [t.randint(-2, 3) for _ in range(n - 1)]
        trigger = t.randint(3, 6)  # the value the last function raises on
        at = [trigger - sum(steps[i:]) for i in range(n)]  # what tf<i> is given when the chain raises
        with_cm = t.random() < 0.4
        if with_cm:
            self.lines += ["class TfCm:", "    def __init__(self, tag):", "        self.tag = tag", "",
                           "    def __enter__(self):", "        print('tf enter', self.tag)", "        return self", "",
                           "    def __exit__(self, exc_type, exc, tb):",
                           "        print('tf exit', self.tag, exc_type is None)", "        return False", "", ""]
        user = []
        if self.excs:
            user = [f"raise FuzzError1({'x, ' if self.excs['fields'] else ''}'tf ' + str(x))"]
        raisers = ["v = [10, 20, 30][x]", "v = {0: 1, 1: 2}[x]", "v = 100 // (x - {t})", "v = int('q' + str(x))",
                   "raise ValueError('tf ' + str(x))", "assert x != {t}, 'tf ' + str(x)"] + user
        for i in reversed(range(n)):
            name = f"tf{i}"
            if i == n - 1:
                work = ["v = x * 2", f"if x == {at[i]}:", "    " + t.choice(raisers).replace("{t}", str(at[i]))]
            else:
                work = [f"v = tf{i + 1}(x + {steps[i]})"]
            wraps = ["finally", "finally", "other", "reraise", "loop", "handles", "return"] + (["with"] * 3 if with_cm else [])
            wrap = t.choice(wraps)
            fin = [f"print('{name} finally', x)"]
            if t.random() < 0.15:  # the finally raises one of its own: CPython prints both, chained
                fin += [f"if x == {at[i]}:", "    print({'a': 1}['late'])"]
            body = [f"print('{name}', x)"]
            if wrap == "with":
                body += [f"with TfCm('{name}'):"] + ["    " + w for w in work]
                if t.random() < 0.5:
                    body += [f"    with TfCm('{name}b'):", "        v = v + 1"]
                body += ["return v"]
            elif wrap == "loop":
                body += ["v = 0", "for i in range(3):", "    try:", "        try:", "            if i == 2:"]
                body += ["                " + w for w in work]
                body += ["        finally:", "            print('inner', i)", "    finally:"]
                body += ["        " + f for f in fin]
                body += ["return v"]
            else:
                body += ["try:"] + ["    " + w for w in work]
                if wrap == "return":
                    body += ["    return v + 1"]
                if wrap == "other":
                    body += ["except TypeError:", "    print('wrong handler')"]
                if wrap == "reraise":
                    body += ["except Exception as e:", f"    print('{name} saw', e)", "    raise"]
                body += ["finally:"] + ["    " + f for f in fin]
                if wrap == "handles":
                    body += ["    try:", "        print(1 // (x * 0))", "    except ZeroDivisionError:",
                             "        print('handled in finally')"]
                body += ["return v"]
            self.lines += [f"def {name}(x):"] + ["    " + b for b in body] + ["", ""]
        self.tf = {"raises": at[0], "safe": at[0] + t.choice([-1, 1, 7])}

    def finraise_stmt(self, indent: int):
        self.emit(indent, f"try:\n    print('tf', tf0({self.tf['safe']}))\n    print('tf', tf0({self.tf['raises']}))\n"
                          "except Exception as e:\n    print('tf caught', e)")

    def finraise_end(self, indent: int):
        """The program's last statement, an uncaught exception through the chain (or none)."""
        t = self.finraise_r
        if t.random() < 0.3:
            return
        call = f"print('tf end', tf0({self.tf['raises']}))"
        if t.random() < 0.3:
            call = f"try:\n    {call}\nfinally:\n    print('tf end finally')"
        self.emit(indent, call)

    # ---- lambdas with computed defaults reading their function's variables; nested factories
    def lamscope_stmt(self):
        t = self.lamscope_r
        self.counter += 1
        v = f"lq{self.counter}"
        c = t.randint(-3, 4)
        body = t.choice([f"x * k + base + c", f"(x - k) // (base or 1) + c", f"str(x + c) * (k % 3) + str(base)",
                         f"[x, k, base, c]"])
        loop = t.choice([f"[lambda x, k=k * 2, c={c}: {body} for k in range({t.randint(1, 4)})]",
                         f"[lambda x, k=k, c=base: {body} for k in range({t.randint(0, 3)}, {t.randint(3, 5)})]"])
        rebind = t.choice(["", f"\n    base = base + {t.randint(1, 9)}"])
        given = t.choice(["f(1, 7)", "f(2, k=3)", "f(0, c=5)", "f(3, 1, 2)", "f(4, c=1, k=2)"])
        self.emit(0, f"def {v}(base):\n    fs = {loop}{rebind}\n"
                     f"    return [f({t.randint(-2, 6)}) for f in fs], [{given} for f in fs]\n\n\n"
                     f"print('lamscope', {v}({t.randint(-2, 5)}))\n"
                     f"def {v}n():\n    def mk(d):\n        def inner(x, i=d * {t.randint(1, 3)}):\n"
                     f"            return x + i\n        return inner\n"
                     f"    g = mk({t.randint(-3, 5)})\n    return g({t.randint(0, 4)}), g(1, {t.randint(0, 9)}), [mk(j)(j) for j in range(3)]\n\n\n"
                     f"print('lamscope', {v}n())")

    # ---- ints that may be past 4,300 digits made text, in a try and in a function a try calls
    BIG_TEXTS = ["str({n})", "f'{{{n}}}'", "f'<{{{n}:5}}>'", "f'{{{n}:02d}}|'", "'v' + str({n})", "'v' + str({n}) + '!'",
                 "str({n}) + 'w'", "'%d' % {n}", "'%s;' % ({n},)", "repr([{n}])", "str([1, {n}])", "repr(({n}, 'a'))",
                 "str({{'k': {n}}})", "repr({{{n}: [2]}})", "str([[{n}], []])", "format({n}, 'd')", "str({n}).rjust(3)",
                 "f'{{[{n}]}}'", "'%r' % ([{n}],)", "str(({n},))"]

    def bigtext_expr(self, n: str) -> str:
        return self.bigtext_r.choice(self.BIG_TEXTS).format(n=n)

    def bigtext_stmt(self):
        t = self.bigtext_r
        self.counter += 1
        v = f"bt{self.counter}"
        exprs = [self.bigtext_expr("n") for _ in range(t.randint(1, 3))]
        body = "\n".join(f"        {v}s = {e}\n        {v}o.append(len({v}s))" for e in exprs)
        inner = self.bigtext_expr("m")
        printed = t.choice([f"print('bigtext', m)", f"print('bigtext', [m])", f"print('bigtext', {inner})"])
        self.emit(0, f"def {v}(n):\n    {v}o = []\n    try:\n{body}\n"
                     f"    except ValueError as e:\n        print('bigtext', {v}o, str(e)[:24])\n        {v}o.append(-1)\n    return {v}o\n\n\n"
                     f"def {v}i(m):\n    {v}x = {inner}\n    {printed}\n    return len({v}x)\n\n\n"
                     f"def {v}c(m):\n    try:\n        return {v}i(m)\n    except ValueError:\n        return -1\n\n\n"
                     f"for {v}n in [{t.choice(['0', '7', '-12', '2 ** 64'])}, 10 ** {t.choice([4299, 4300, 5000])}, "
                     f"-(10 ** 4400), {t.choice(['3', '-(2 ** 63)', '10 ** 30'])}]:\n"
                     f"    print('bigtext', {v}({v}n), {v}c({v}n))")

    # ---- fields of a split read in other blocks than the split's
    FAR_ROWS = ["1;a,bb;3", "22;é,xyz,q;-4", ";;", "7;;x", "-5;中文,a;+6", "8;a;b;c", "9", "00;x,,y; 12 ", "3;ab,cd;7"]

    def piecefar_stmt(self):
        t = self.piecefar_r
        self.counter += 1
        v = f"pf{self.counter}"
        rows = [t.choice(self.FAR_ROWS) for _ in range(t.randint(1, 5))]
        w = t.choice(["2", "4", "6"])
        between = t.choice([
            f"for {v}w in {v}b.split(','):\n            {v}m += len({v}w)",
            f"if len({v}b) > 2:\n            {v}m += 1\n        else:\n            {v}m -= 1",
            f"for {v}i in range(2):\n            {v}m += {v}i",
            f"try:\n            {v}m += int({v}c)\n        except ValueError:\n            {v}o.append('[' + {v}a + ']')",
            f"while {v}m > 40:\n            {v}m -= 7"])
        uses = [f"{v}o.append({v}a.zfill({w}) + '|' + {v}c.rjust({w}))", f"{v}o.append(f'{{{v}a:>{w}}}:{{{v}c:<{w}}}.')",
                f"{v}o.append('|'.join([{v}a.zfill({w}), {v}b, {v}c.rjust({w})]))", f"{v}m += len({v}a.split())",
                f"{v}o.append('-'.join({v}c.split(',')))", f"{v}o.append('<' + {v}a + {v}c + '>')"]
        body = "\n        ".join(t.sample(uses, t.randint(1, 3)))
        if t.random() < 0.4:  # the reads in one branch of an if
            body = f"if {v}m % 2:\n            " + body.replace("\n        ", "\n            ") + f"\n        else:\n            {v}m += 3"
        extra = t.choice(["", "", "", f"\n        {v}o.append({v}a)", f"\n        if {v}m > 5:\n            {v}c = 'r'",
                          f"\n        {v}p = {v}c", f"\n        print('piecefar', {v}a)"])
        prev = f"\n        {v}o.append({v}p + '.')" if extra.endswith(f"{v}p = {v}c") else ""
        seen = t.choice(["", "", f", repr({v}a)"])  # the handler reads a field: it must be made
        first = f"    {v}a = {v}c = 'none'\n" if seen else ""  # a second write: the field is made
        first += f"    {v}p = 'none'\n" if prev else ""
        self.emit(0, f"def {v}f({v}t):\n    {v}o = []\n    {v}m = 0\n{first}    try:\n"
                     f"      for {v}r in {v}t.split('/'):\n        {v}a, {v}b, {v}c = {v}r.split(';'){prev}\n        {between}\n"
                     f"        {body}{extra}\n"
                     f"    except ValueError as e:\n        print('piecefar', e, {v}o, {v}m{seen})\n    return {v}o, {v}m\n\n\n"
                     f"print('piecefar', {v}f({'/'.join(rows)!r}))")

    # ---- loops over s.split(), s.split(sep), s.splitlines(): pieces cut as the loop goes
    SPLIT_PIECES = ["ab", "c", "xyz", "é", "中文", " ", "  ", "\t", "\n", "\r\n", "\r", "\x0b", "\x1c", "\x85",
                    "\u2028", "\u3000", "\xa0", ",", ", ", ",,", ";", "--", "", "a" * 20]

    def splitloop_stmt(self, indent: int):
        t = self.splitloop_r
        self.counter += 1
        v = f"sl{self.counter}"
        text = "".join(t.choice(self.SPLIT_PIECES) for _ in range(t.randint(0, 14)))
        sep = t.choice(["", "", "','", "', '", "'--'", "'a'", "'aa'", "'é'", "' '", "'\\n'", "''"])
        call = t.choice([f"{v}.split({sep})", f"{v}.split({sep})", f"{v}.splitlines()"])
        k = t.random()
        self.emit(indent, f"{v} = {text!r}\n{v}n = 0")
        if k < 0.4:
            stop = t.choice(["", f"\n    if {v}n > {t.randint(1, 5)}:\n        break"])
            self.emit(indent, f"try:\n    for {v}w in {call}:\n        {v}n += len({v}w) + 1\n"
                              f"        print('splitloop', repr({v}w), {v}n){stop.replace(chr(10), chr(10) + '    ')}\n"
                              f"    else:\n        print('splitloop done', {v}n)\n"
                              f"except ValueError as e:\n    print('splitloop', e)")
        elif k < 0.7:
            self.emit(indent, f"try:\n    print('splitloop', [{v}w.upper() for {v}w in {call} if {v}w != 'c'],\n"
                              f"          sum(len({v}w) for {v}w in {call}))\n"
                              f"except ValueError as e:\n    print('splitloop', e)")
        else:
            self.emit(indent, f"try:\n    for {v}i, {v}w in enumerate({call}, {t.randint(-2, 3)}):\n"
                              f"        {v} = {v} + 'z'\n        print('splitloop', {v}i, repr({v}w), len({v}))\n"
                              f"    print('splitloop', list(zip({call}, {v}.split())))\n"
                              f"except ValueError as e:\n    print('splitloop', e)")

    # ---- powers whose exponent is a variable: an int when it never goes below 0, else a number of
    # several types (types/nonneg_names.py)
    def powvar_stmt(self, indent: int):
        t = self.powvar_r
        self.counter += 1
        v = f"pv{self.counter}"
        base = t.choice(["2", "3", "10", "-2", "7", "0"])
        init = t.choice(["0", "3", "5", "17", "2 * 3", "len('abc')", "-1", "-3", "4 // 3", "9 % 4", "True"])
        step = t.choice(["", f"\n{v} += {t.randint(0, 3)}", f"\n{v} -= {t.randint(1, 4)}", f"\n{v} = {v} * 2",
                         f"\n{v} = {v} - 5", f"\n{v} = {v} // 2 + 1", f"\n{v} **= 2"])
        a, b = t.randint(-3, 4), t.randint(-4, 6)
        rng = t.choice([f"range({b})", f"range({a}, {b})", f"range({a}, {b}, {t.choice([1, 2, 3])})",
                        f"range({b}, {a}, -1)", f"range({abs(a)}, {b + 5}, 2)"])
        self.emit(indent, f"{v} = {init}{step}\ntry:\n    print('powvar', {v}, {base} ** {v}, 2 ** ({v} + 1) if {v} >= -1 else 0,\n"
                          f"          [{base} ** {v}e for {v}e in {rng}])\n"
                          f"    for {v}i in {rng}:\n        {v}k = {v}i * 2\n        print('powvar', {v}i, 3 ** {v}i, {base} ** {v}k)\n"
                          f"except ZeroDivisionError as e:\n    print('powvar', e)")

    # ---- text of values of any type: conversions with specs, conditionals with a str branch
    def textconv_value(self) -> str:
        t = self.textconv_r
        return t.choice(["7", "-42", "0", "2**70", "3.5", "-0.0", "1e22", "2.5e-7", "True", "False", "None",
                         "'ab'", "''", "'naïve'", "TxV(3)", "TxV(-8)", "[1, 2]", "(2.5,)", "{'k': 1}"])

    def textconv_stmt(self, indent: int):
        t = self.textconv_r
        self.counter += 1
        v = f"tc{self.counter}"
        spec = t.choice(["", ">8", "<6", "^9", "*^9", ".2", ".3", "6.4", ",", "+", "x", ".1f", "08"])
        conv = t.choice(["!s", "!r", ""])
        cond = t.choice(["True", "False", f"len({v}s) > {t.randint(0, 3)}", f"{v}s == 'ab'"])
        text = t.choice(["'none'", "'-'", "f'<{len(" + v + "s)}>'", "''"])
        value = self.textconv_value()
        if spec and not conv and value[0] in "T[({N":  # CPython's TypeError, which pyzc refuses when compiling
            conv = t.choice(["!s", "!r"])
        self.emit(indent, f"{v} = {value}\n{v}s = {t.choice(['ab', 'xyz', ''])!r}")
        k = t.random()
        if k < 0.1:  # a number of several types holding a bool, an int or a float: its type's name
            other = t.choice(["True", "False", "7", "2.5"])
            self.emit(indent, f"{v}n = {t.choice(['3', '0.5', 'False'])} if {cond} else {other}\n"
                              f"print('textconv', type({v}n).__name__, {v}n, isinstance({v}n, int))")
        if k < 0.4:  # (and format() and str.format() with no spec: an object's __format__(""))
            body = f'f"{{{v}{conv}:{spec}}}|{{{v}{conv}}}", format({v}), "{{}}".format({v})'
        elif k < 0.7:
            body = f'f"{{{v} if {cond} else {text}{conv}:{spec}}}|"'
        else:
            body = f"{v} if {cond} else {text}"
        self.emit(indent, f"try:\n    print('textconv', {body})\nexcept ValueError as e:\n    print('textconv', e)")

    # ---- empty displays inside displays

    def emptyin_stmt(self, indent: int):
        e = self.emptyin_r
        self.counter += 1
        v = f"en{self.counter}"
        item = e.choice([("str", "'x'", "'yz'"), ("float", "1.5", "-0.25"), ("tuple[int, str]", "(1, 'a')", "(2, 'b')"),
                         ("int", "7", "-3")])
        kind, a, b2 = item
        k = e.random()
        if k < 0.35:  # into a list of (int, list[X])
            self.emit(indent, f"{v}: list[tuple[int, list[{kind}]]] = []" if e.random() < 0.5 else f"{v} = [(0, [{a}])]")
            for _ in range(e.randint(1, 4)):
                c = e.random()
                filled = f"[{a}, {b2}]" if e.random() < 0.5 else f"[{b2}]"
                lst = "[]" if e.random() < 0.6 else filled
                n = e.randint(0, 9)
                if c < 0.5:
                    self.emit(indent, f"{v}.append(({n}, {lst}))")
                elif c < 0.75:
                    self.emit(indent, f"{v}.insert(0, ({n}, {lst}))")
                else:
                    self.emit(indent, f"{v}.extend([({n}, {lst}), ({n + 1}, [])])")
            self.emit(indent, f"print('emptyin', {v}, [len(p[1]) for p in {v}])")
        elif k < 0.55:  # iterated tuple and list displays
            disp = e.choice([f"([], [{a}, {b2}])", f"([{a}], [])", f"[[], [{b2}], []]", f"([], [], [{a}])"])
            self.emit(indent, f"for {v} in {disp}:\n    print('emptyin', {v}, len({v}), {v} == [])")
        elif k < 0.75:  # a list display of tuples with empty and filled lists, then filled
            self.emit(indent, f"{v} = [([], 0), ([{a}], 1), ([], 2)]")
            self.emit(indent, f"{v}[0][0].append({b2})")
            self.emit(indent, f"print('emptyin', {v}, sum(len(p[0]) for p in {v}))")
        elif k < 0.9:  # dict values holding empty displays
            self.emit(indent, f"{v} = {{'a': ([], 1), 'b': ([{a}], 2)}}")
            self.emit(indent, f"{v}['c'] = ([], 3)\n{v}['a'][0].append({b2})")
            self.emit(indent, f"print('emptyin', sorted({v}.items()))")
        else:  # nested empty lists and dicts
            self.emit(indent, f"{v} = [[], [[]], [[{a}]]]\n{v}[1].append([{b2}])")
            self.emit(indent, f"{v}d = {{1: {{}}, 2: {{'k': [{a}]}}}}\n{v}d[1]['z'] = []")
            self.emit(indent, f"print('emptyin', {v}, {v}d)")

    # ---- sum with a start value

    def sum_start_expr(self, scope) -> str:
        from fuzz_gen import LFLOAT, LINT  # noqa: PLC0415
        r = self.r
        li = self.var_of(LINT, scope) or f"[{r.randint(-9, 9)}, {r.randint(0, 99)}]"
        lf = self.var_of(LFLOAT, scope) or "[0.5, 2.25]"
        n = r.randint(-20, 20)
        return r.choice([f"sum({li}, {n})", f"sum({li}, start={n})", f"sum({lf}, {r.choice(['0.5', '-1.25'])})",
                         f"sum({li}, 0.5)", f"sum({lf}, {float(n)})", f"sum({lf}, {n})",
                         f"sum([], {n})", f"sum((e for e in {li}), {n})", f"sum([e * 2 for e in {li}], {n})",
                         f"sum({{1: 2, {abs(n)}: 3}}, 100)", f"sum(range({abs(n)}), start={n})"])

    # ---- ranges near the int64 edges

    def range_triple(self) -> tuple[int, int, int]:
        r = self.r
        a = r.choice(RANGE_BOUNDS)
        b = r.choice(RANGE_BOUNDS) if r.random() < 0.6 else max(I64_MIN, min(I64_MAX, a + r.randint(-20, 20)))
        c = 0 if r.random() < 0.03 else r.choice(RANGE_STEPS)
        return a, b, c

    def range_probes(self, triples) -> list[int]:
        """Values to look for: the edges, and items of the ranges (so that `in` is sometimes True)."""
        r = self.r
        out = [r.choice(RANGE_BOUNDS) for _ in range(3)]
        for a, b, c in triples:
            if c:
                k = r.choice([0, 1, 2, 5, 2**40])
                out.append(max(I64_MIN, min(I64_MAX, a + k * c + r.choice([0, 0, 1, -1]))))
                out.append(b)
        return sorted(set(out), key=out.index)[:6]

    def range_stmt(self, indent: int):
        r = self.r
        k = r.random()
        if k < 0.2:  # constant bounds: folded by pyzc, overflowing or not
            (sa, a), (sb, b), (sc, c) = (r.choice(RANGE_CONSTS) for _ in range(3))
            if c == 0:
                sc, c = "1", 1
            args = r.choice([f"{sa}, {sb}, {sc}", f"{sa}, {sb}", sb])
            self.emit(indent, f"try:\n    print('rconst', len(range({args})))\n"
                              f"except OverflowError as e:\n    print('rconst', e)")
            return
        small = k > 0.8  # short ranges with big bounds: their items can be summed and listed
        triples = []
        while len(triples) < r.randint(1, 4):
            t = self.range_triple()
            if small and (t[2] == 0 or range_len(*t) > 40):
                a = t[0]
                t = (a, max(I64_MIN, min(I64_MAX, a + r.choice([1, -1]) * r.randint(0, 30) * abs(t[2] or 1))), t[2] or 1)
                if range_len(*t) > 40:
                    continue
            triples.append(t)
        self.emit(indent, "for ra, rb, rc in [" + ", ".join(f"({edge_lit(a)}, {edge_lit(b)}, {edge_lit(c)})"
                                                          for a, b, c in triples) + "]:")
        body = []
        form = r.choice(["len", "len", "in", "iter"] + (["agg"] * 3 if small else []))
        if form == "len":
            args = r.choice(["ra, rb, rc", "ra, rb, rc", "ra, rb", "rb"])
            body = ["try:", f"    print('rlen', len(range({args})))", "except OverflowError as e:",
                    "    print('rlen OverflowError', e)", "except ValueError as e:", "    print('rlen ValueError', e)"]
        elif form == "in":
            probes = ", ".join(edge_lit(v) for v in self.range_probes(triples))
            neg = "not in" if r.random() < 0.3 else "in"
            body = ["try:", f"    print('rin', [x {neg} range(ra, rb, rc) for x in [{probes}]])",
                    "except ValueError as e:", "    print('rin', e)"]
        elif form == "iter":
            n = r.randint(1, 4)
            body = ["rk = 0", "try:", "    for rx in range(ra, rb, rc):", "        print('rit', rx)", "        rk += 1",
                    f"        if rk == {n}:", "            break", "except ValueError as e:", "    print('rit', e)",
                    "print('rit done', rk)"]
        else:
            ops = ["max(range(ra, rb, rc))", "min(range(ra, rb, rc))", "len(list(range(ra, rb, rc)))"]
            if partial_sums_fit(triples):  # a partial sum past int64 is pyzc's documented OverflowError
                ops += ["sum(range(ra, rb, rc))", "sum([x for x in range(ra, rb, rc)])"]
            op = r.choice(ops)
            body = ["try:", f"    ro = {op}", "    if I64_MIN <= ro <= I64_MAX:", f"        print('ragg', {op!r}, ro)",
                    "    else:", "        print('ragg beyond int64')", "except OverflowError:",
                    "    print('ragg beyond int64')", "except ValueError as e:", "    print('ragg', e)"]
            if r.random() < 0.3:
                body += ["print('rlist', list(range(ra, rb, rc))[:8])"]
        for line in body:
            self.emit(indent + 1, line)

    # ---- long displays of constants

    def display_const(self, kind: str) -> str:
        r = self.r
        if kind == "int":
            return str(r.choice([r.randint(-9, 9), r.randint(-10**6, 10**6), r.randint(-10**12, 10**12)]))
        if kind == "float":
            v = r.choice([r.uniform(-1e3, 1e3), round(r.uniform(-100, 100), r.randint(0, 3)),
                          r.uniform(-1, 1) * 10.0 ** r.randint(-30, 30), float(r.randint(-99, 99))])
            return repr(v)
        n = r.randint(0, 6)
        return repr("".join(r.choice(DISPLAY_CHARS) for _ in range(n)))

    def display_stmt(self, indent: int):
        r = self.r
        kind = r.choice(["int", "int", "float", "str"])
        tuple_form = r.random() < 0.3
        n = r.randint(20, 300) if tuple_form else r.choice([r.randint(100, 500), r.randint(500, 3000)])
        items = [self.display_const(kind) for _ in range(n)]
        self.counter += 1
        v = f"bd{self.counter}"
        if tuple_form:
            self.emit(indent, f"{v} = ({', '.join(items)},)")
        else:
            self.emit(indent, f"{v} = [{', '.join(items)}]")
        i, j = r.randrange(n), -r.randint(1, n)
        probe = items[r.randrange(n)] if r.random() < 0.7 else self.display_const(kind)
        ops = [f"len({v})", f"{v}[{i}]", f"{v}[{j}]", f"{probe} in {v}", f"max({v})", f"min({v})",
               f"sorted({v})[:5]", f"sorted({v}, reverse=True)[:3]"]
        if not tuple_form:  # pyzc has no slicing, index() or count() of tuples yet
            ops += [f"{v}.index({items[i]})", f"{v}.count({probe})", f"{v}[{i // 2}:{i // 2 + 4}]"]
        if kind != "str":
            ops += [f"sum({v})"] + ([] if tuple_form else [f"sum({v}[:{max(1, n // 3)}])"])
        else:
            ops += [f"''.join({v})[:40]", f"len(''.join({v}))", f"sorted({v})[-3:]"]
        picked = r.sample(ops, r.randint(2, 5))
        self.emit(indent, f"print('bd', {', '.join(picked)})")
        if r.random() < 0.3:
            self.emit(indent, f"print('bd all', {v})")
        if not tuple_form and r.random() < 0.4:
            self.emit(indent, f"{v}.sort()\nprint('bd sorted', {v}[:4], {v}[-2:])")

    # ---- set displays of constants

    def set_const_items(self) -> list[str]:
        r = self.r
        if self.set_displays and r.random() < 0.3:  # an earlier display's items, in another order
            items = list(r.choice(self.set_displays))
            r.shuffle(items)
            return items
        kind = r.choice(["int", "int", "coll", "float", "pair"])
        n = r.choice([r.randint(1, 5), r.randint(3, 12), r.randint(10, 40)])
        if kind == "int":
            items = [str(r.randint(-60, 60)) for _ in range(n)]
        elif kind == "coll":  # equal low bits: long probe sequences, negative hashes
            m = r.choice([8, 16, 32, 64])
            items = [str(r.randint(-6, 6) * m + r.choice([0, 0, 1, -1, 3])) for _ in range(n)]
        elif kind == "float":
            items = [repr(r.choice([r.randint(-20, 20) / 4, r.uniform(-1e3, 1e3), float(r.randint(-9, 9))]))
                     for _ in range(n)]
        else:
            items = [f"({r.randint(-5, 5)}, {r.randint(-5, 5)})" for _ in range(n)]
        self.set_displays.append(items)
        return items

    def set_const_stmt(self, indent: int):
        r = self.r
        items = self.set_const_items()
        disp = "{" + ", ".join(items) + "}"
        self.counter += 1
        sx = f"sx{self.counter}"  # one loop variable per display: displays of other element types may follow
        k = r.random()
        if k < 0.4:
            self.emit(indent, f"print('sc', {disp})")
        elif k < 0.6:
            self.emit(indent, f"for {sx} in {disp}:\n    print('sc item', {sx})")
        elif k < 0.75:
            self.emit(indent, f"print('sc comp', [{sx} for {sx} in {disp}])")
        elif k < 0.9:
            self.emit(indent, f"print('sc in', {r.choice(items)} in {disp}, len({disp}))")
        else:
            self.counter += 1
            v = f"sc{self.counter}"
            self.emit(indent, f"{v} = {disp}\n{v}.add({r.choice(items)})\nprint('sc add', {v}, sorted({v}))")

    # ---- numbers of several types: a place that holds an int, then a float or a bool

    def num_value(self) -> str:
        r = self.r
        # small ints: a product or a square must stay within 64 bits (pyzc's documented limit)
        return r.choice([str(r.randint(-9, 9)), repr(r.choice([0.5, -1.25, 2.0, 0.0, -0.0, 3.75, 1e16, 0.1])),
                         r.choice(["True", "False"]), str(r.randint(-99999, 99999))])

    def num_expr(self, v: str) -> str:
        """An expression over the number v that CPython computes without error for any value v may have."""
        r = self.r
        w = self.num_value()
        return r.choice([f"{v} + {w}", f"{v} - {w}", f"{v} * {w}", f"{v} * 2", f"-{v}", f"abs({v})", f"{v} / 4",
                         f"{v} == {w}", f"{v} < {w}", f"{v} >= {w}", f"{v} != {v}", f"str({v})", f"repr({v})",
                         f"f'{{{v}}}'", f"f'{{{v}:.3f}}'", f"float({v})", f"round({v})", f"round({v}, 1)",
                         f"int({v})", f"{v} // 3", f"{v} % 3", f"hash({v}) == hash({v})",
                         f"isinstance({v}, int)", f"isinstance({v}, float)", f"bool({v})", f"{v} or 7",
                         f"max({v}, {w})", f"min({v}, {w}, 0)", f"{v} ** 2", f"[{v}, {w}]", f"{v} in [1, 2.0, 0]",
                         f"{v} + 0.0 == {r.choice(['9007199254740993', '2**53', '-2**53 - 1'])}",
                         f"{v} < {r.choice(['9007199254740993', '-9007199254740993'])}"])

    def none_or_value(self) -> str:
        r = self.r
        return r.choice([str(r.randint(-9, 9)), repr(r.choice([0.5, -1.25, 2.0])), repr(r.choice(["", "ab", "Zq"])),
                         f"({r.randint(0, 9)}, {r.randint(0, 9)})", f"[{r.randint(0, 9)}, {r.randint(0, 9)}]", "[]"])

    def none_use(self, v: str, sample: str, always_none: bool = False) -> str:
        """A use of v, which holds None or a value like sample: one that takes None as it is, or one that
        needs the value (CPython's TypeError/AttributeError on None, printed by the caller's try).
        always_none: v is None on every path (pyzc refuses a list of None, and a use that needs a value of a
        name that is always None: only the uses that take None as it is, without `[v, v]`)."""
        r = self.r
        keep = [f"{v}", f"{v} is None", f"{v} is not None", f"{v} == None", f"str({v})", f"repr({v})", f"f'<{{{v}}}>'",
                f"bool({v})", f"not {v}", f"{v} == {sample}", f"{v} != {sample}", f"({v}, 1)",
                f"{v} if {v} is not None else {sample}", f"isinstance({v}, int)", f"isinstance({v}, str)"]
        if always_none:
            return r.choice(keep)
        keep.append(f"[{v}, {v}]")
        if sample.startswith(("[", "'", '"')):
            need = [f"len({v})", f"{v}[0:1]", f"{v} + {v}", f"{v} * 2", f"{v} or {sample}"]
        elif sample.startswith("("):
            need = [f"{v}[0]", f"len({v})", f"{v} + (1,)", f"{v} or {sample}"]
        else:
            need = [f"{v} + 1", f"{v} * 2", f"-{v}", f"{v} < 3", f"abs({v})", f"{v} or 7", f"int({v})", f"{v} / 4"]
        return r.choice(keep + need)

    def late_attr_stmt(self, scope, indent: int):
        """A field that objects of a class get only when something assigns it after construction: read
        before (CPython's AttributeError naming the object's class), assigned, read again; another
        object of the class still lacks it."""
        r = self.r
        if not self.classes:
            return self.print_stmt(scope, indent)
        self.counter += 1
        cls = r.choice(self.classes)
        o, field = f"la{self.counter}", f"late{self.counter}"
        value = r.choice([str(r.randint(-9, 9)), repr(r.choice(["ab", ""])), "[1, 2]"])
        self.emit(indent, f"{o} = {self.construct(cls, scope, 2)}")
        for text in (f"{o}.{field}", f"{self.construct(cls, scope, 2)}.{field}"):
            self.emit(indent, f"try:\n    print('late', {text})\nexcept AttributeError as e{o}:\n    print('late err', e{o})")
            if text.startswith(o):
                self.emit(indent, f"{o}.{field} = {value}\nprint('late', {o}.{field}, {o}.{field} == {value})")

    def none_or_stmt(self, indent: int):
        """None or a value in one place: a variable given None on some paths, a conditional expression, a
        best-so-far loop, a dict's get(), a list of None and values; then used in ways that take None as it
        is or that need a value."""
        r = self.r
        self.counter += 1
        v = f"no{self.counter}"
        sample = self.none_or_value()
        k = r.random()
        always_none = False
        if k < 0.3:  # None on some paths
            self.emit(indent, f"{v} = None\nif {r.randint(0, 9)} > {r.randint(0, 9)}:\n    {v} = {sample}")
        elif k < 0.5:  # a conditional expression
            self.emit(indent, f"{v} = {sample} if {r.randint(0, 9)} > {r.randint(0, 9)} else None")
        elif k < 0.7 and sample.lstrip("-")[:1].isdigit():  # best so far (the pool may be empty)
            pool = [str(r.randint(-9, 9)) for _ in range(r.randint(0, 4))]
            always_none = not pool  # `for x in []`: the body never runs
            if r.random() < 0.5:
                self.emit(indent, f"{v} = None\nfor x{v} in [{', '.join(pool)}]:\n    if {v} is None or x{v} > {v}:\n        {v} = x{v}")
            else:  # the same through max()/min() with default=None (a generator may filter every item out)
                fn = r.choice(["max", "min"])
                items = f"[{', '.join(pool)}]" if r.random() < 0.5 else f"(x{v} for x{v} in [{', '.join(pool)}] if x{v} > 0)"
                always_none = always_none or not any(int(x) > 0 for x in pool) and items.startswith("(")
                self.emit(indent, f"{v} = {fn}({items}, default=None)")
        elif k < 0.85:  # d.get(k)
            key = r.choice(["'a'", "'b'", "'z'"])
            self.emit(indent, f"d{v} = {{'a': {sample}, 'b': {sample}}}\n{v} = d{v}.get({key})")
        else:  # a list of None and values
            self.emit(indent, f"l{v} = [None, {sample}]\n{v} = l{v}[{r.randint(0, 1)}]\nl{v}[0] = {v}")
        for _ in range(r.randint(1, 3)):
            use = self.none_use(v, sample, always_none)
            self.emit(indent, f"try:\n    print('no', {use})\nexcept (TypeError, AttributeError) as e{v}:\n    print('no err', e{v})")

    def any_tuple_stmt(self, indent: int):
        """Tuples whose length is known only when the program runs (`tuple(xs)`, `()`, `(0,) * n`, a slice,
        tuples of two lengths in one place), *args, starred targets, and lists or dicts made with items
        that later widen (an int among floats, a value among Nones)."""
        r = self.r
        self.counter += 1
        n = self.counter
        v = f"vt{n}"
        ints = ", ".join(str(r.randint(-5, 9)) for _ in range(r.randint(0, 4)))
        self.emit(indent, f"{v} = " + r.choice([f"tuple([{ints}])", f"tuple(range({r.randint(-2, 2)}, {r.randint(0, 5)}))",
                                                "()", f"({r.randint(0, 9)},) * {r.randint(0, 3)}",
                                                f"({r.randint(0, 9)}, {r.randint(0, 9)}, {r.randint(0, 9)})[{r.randint(0, 2)}:]"]))
        if r.random() < 0.5:
            self.emit(indent, f"{v} = {v} + ({r.randint(-3, 3)},)" if r.random() < 0.5 else f"{v} += ({r.randint(-3, 3)}, {r.randint(-3, 3)})")
        use = r.choice([f"{v}, len({v})", f"{v} * 2, {v}[::-1], {v}[1:]", f"sorted({v}), sum({v}), {v}.count(1)",
                        f"3 in {v}, {v} == tuple(list({v})), {v} < (1, 2)", f"hash({v}) == hash(tuple(list({v}))), {{{v}: 1}}",
                        f"vsum(), vsum(1, 2, k=3), vsum({r.randint(-5, 5)})",
                        f"[x * 2 for x in {v}], list(reversed({v})), {v}[-1] if {v} else None",
                        f"'%s' % ({v},), str({v}), repr(tuple(str(x) for x in {v}))"])
        self.emit(indent, f"print('vt', {use})")
        k = r.random()
        if k < 0.3:  # starred targets
            self.emit(indent, f"try:\n    vh{n}, *vr{n} = {v}\n    print('vt star', vh{n}, vr{n})\n"
                              f"except ValueError as ve{n}:\n    print('vt star', ve{n})")
        elif k < 0.55:  # a list made with floats, later given an int
            self.emit(indent, f"wl{n} = [{r.choice(['0.0', '1.5', '-2.0'])}] * {r.randint(1, 3)}\n"
                              f"wl{n}[0] = {r.randint(-9, 9)}\nprint('vt widen', wl{n}, sum(wl{n}))")
        elif k < 0.8:  # a list made of Nones, later given tuples
            self.emit(indent, f"wn{n} = [None] * {r.randint(1, 3)}\nwn{n}[0] = ({r.randint(0, 9)}, {r.randint(0, 9)})\n"
                              f"print('vt none', wn{n}, wn{n}.count(None))")
        else:  # tuples of two lengths in one list
            self.emit(indent, f"tl{n} = [(1, 2), ({r.randint(0, 9)},), {v}]\n"
                              f"print('vt lens', tl{n}, [len(t) for t in tl{n}], max(tl{n}))")

    def num_param_def(self):
        """nup(c, k, d): parameters given ints whose variables then take floats (`c += k * 0.5`)."""
        r = self.r
        self.lines += ["def nup(c, k, d=%d):" % r.randint(-3, 3),
                       f"    if k > {r.randint(-1, 2)}:",
                       f"        c += k * {r.choice(['0.5', '1.5', '-0.25'])}",
                       f"    d = d + k / 2 if k % 2 else d - {r.randint(0, 3)}",
                       "    return c, d", ""]

    def num_union_stmt(self, indent: int):
        r = self.r
        self.counter += 1
        v = f"nu{self.counter}"
        k = r.random()
        if k < 0.3:  # rebinding: int, then another type
            self.emit(indent, f"{v} = {self.num_value()}\nprint('nu', {v}, {self.num_expr(v)})")
            self.emit(indent, f"{v} = {r.choice([f'{v} / 2', f'{v} * 1.5', f'{v} + 0.5', self.num_value(), f'{v} > 0'])}")
            self.emit(indent, f"print('nu', {v}, {self.num_expr(v)}, {self.num_expr(v)})")
        elif k < 0.45:  # a conditional expression of two types
            self.emit(indent, f"{v} = {self.num_value()} if {r.randint(0, 9)} > {r.randint(0, 9)} else {self.num_value()}")
            self.emit(indent, f"print('nu', {v}, {self.num_expr(v)}, {self.num_expr(v)})")
        elif k < 0.6:  # a display of mixed numbers (an int and a float at least: it holds any number)
            items = ", ".join([str(r.randint(-9, 9)), repr(r.choice([0.5, -0.0, 2.0]))]
                              + [self.num_value() for _ in range(r.randint(0, 3))])
            self.emit(indent, f"{v} = [{items}]")
            op = r.choice([f"max({v})", f"min({v})", f"sorted({v})", f"sum({v})", f"sum({v}, 0.5)", f"len({v})",
                           f"{v}.count(2)", f"{v} == {v}", f"[x * 2 for x in {v}]", f"{v}[0]", f"{v}[::-1]"])
            self.emit(indent, f"{v}.append({self.num_value()})\nprint('nu list', {v}, {op})")
        elif k < 0.75:  # sum of floats that may be none, from an int start: the start itself when none
            # (not the default start: pyzc's sum() of no floats is 0.0, a documented difference)
            n = r.randint(0, 3)
            self.emit(indent, f"{v} = [x * 0.5 for x in range({n})]")
            self.emit(indent, f"print('nu sum', sum({v}, 0), sum({v}, {r.randint(-3, 3)}), sum((x / 2 for x in range({n})), 1))")
        elif k < 0.8:  # int ** int with an exponent of either sign
            lo = r.randint(-3, 1)
            base = r.choice([2, 3, 10, -2, 1])
            self.emit(indent, f"for {v} in range({lo}, {lo + r.randint(1, 4)}):\n    print('nu pow', {base} ** {v}, {v} ** 2)")
        elif k < 0.95:  # a parameter given an int whose variable then holds floats too
            args = [f"{r.randint(-5, 5)}, {r.randint(-2, 3)}" for _ in range(2)]
            self.emit(indent, f"print('nu param', nup({args[0]}), nup({args[1]}, {r.randint(-3, 3)}))")
        else:  # accumulation that turns an int into a float
            items = ", ".join(self.num_value() for _ in range(r.randint(1, 4)))
            self.emit(indent, f"{v} = 0\nfor x{v} in [{items}]:\n    {v} += x{v}\nprint('nu acc', {v}, {self.num_expr(v)})")

    # ------------------------------------------------------------ named tuples, f(*t), **kwargs, type names

    def named_defs(self):
        """A named tuple of each form, a function taking *args and **kwargs, one spreading a tuple."""
        r = self.r
        self.lines.insert(0, "from collections import namedtuple")
        self.lines.insert(1, "from typing import NamedTuple")
        defaults = ", defaults=[0]" if r.random() < 0.5 else ""
        spec = r.choice(["'x y'", "['x', 'y']", "'x, y'"])
        self.lines += [f"NP = namedtuple('NP', {spec}{defaults})",
                       "class NQ(NamedTuple):", "    name: str", f"    w: float = {r.choice(['0.5', '-1.25', '2.0'])}", "",
                       "def nkw(a, *rest, sep='/', **kw):",
                       "    return sep.join([str(a)] + [str(x) for x in rest] + [k + '=' + str(v) for k, v in kw.items()])", "",
                       "def nspread(p):",
                       "    return nkw(*p, sep=':')", ""]
        self.named_values = ["NP(1, 2)", "NP(-3, 4)", "NP(x=5, y=-6)", "NP(0, 0)"] + (["NP(7)"] if defaults else [])

    def named_stmt(self, indent: int):
        r = self.r
        self.counter += 1
        v = f"nt{self.counter}"
        a, b = r.choice(self.named_values), r.choice(self.named_values)
        k = r.random()
        if k < 0.25:
            self.emit(indent, f"{v} = {a}\nprint('nt', {v}, {v}.x + {v}.y, {v}[1], {v} < {b}, {v} == {b}, {v}._replace(y={r.randint(-5, 5)}), isinstance({v}, tuple), isinstance({v}, (NP, list)), tuple({v}), tuple({v}) == tuple({b}))")
        elif k < 0.45:
            self.emit(indent, f"{v} = sorted([{a}, {b}, {r.choice(self.named_values)}])\nprint('nt', {v}, max({v}), {{p: i for i, p in enumerate({v})}})")
        elif k < 0.6:
            name = r.choice(["'a'", "'bc'"])
            self.emit(indent, f"{v} = NQ({name}{r.choice(['', ', 3.5', ', w=-0.5'])})\n"
                              f"print('nt', {v}, {v}.name * 2, {v}.w + 1, {v}._fields, type({v}).__name__)")
        elif k < 0.8:
            self.emit(indent, f"{v} = {a}\nprint('nt', nspread({a}), nkw({r.randint(0, 9)}, {r.randint(0, 9)}, q={r.randint(0, 9)}), "
                              f"nkw('s', *{v}, z=1, sep='-'))")
        else:
            self.emit(indent, f"{v}a, {v}b = {a}\nprint('nt', {v}a * {v}b, *{a}, type({v}a) is int, type({a}).__name__, sep=',')")
        if self.ntmix_r.random() < 0.3:
            self.named_mixed_stmt(indent, v)

    def named_mixed_stmt(self, indent: int, v: str):
        """Named tuples whose fields are an int in one place and a float in another: pyzc converts
        them field by field (types/coerce) and they stay named tuples."""
        t = self.ntmix_r
        f = lambda: t.choice(["1.5", "-0.25", "2.0", "1e3"])  # noqa: E731
        i = lambda: str(t.randint(-4, 9))  # noqa: E731
        mixed = [f"NP({i()}, {f()})", f"NP({f()}, {i()})", f"NP(x={f()}, y={f()})", f"NP({i()}, {i()})"]
        k = t.random()
        if k < 0.3:
            self.emit(indent, f"{v}m = [{t.choice(self.named_values)}]\n{v}m.append({t.choice(mixed)})\n"
                              f"{v}m += [{t.choice(mixed)}]\n"
                              f"print('ntm', {v}m, [p.x + p.y for p in {v}m], sorted({v}m), max({v}m, key=lambda p: p.y))")
        elif k < 0.55:
            self.emit(indent, f"{v}m = {{'a': {t.choice(self.named_values)}, 'b': {t.choice(mixed)}}}\n"
                              f"{v}m['c'] = {v}m['a']._replace(y={f()})\n"
                              f"print('ntm', {v}m, sum(p.x for p in {v}m.values()), [type(p).__name__ for p in {v}m.values()])")
        elif k < 0.8:
            self.emit(indent, f"{v}m = {t.choice(self.named_values)}\nif len(str({v}m)) % 2 == {t.randint(0, 1)}:\n"
                              f"    {v}m = {t.choice(mixed)}\n"
                              f"print('ntm', {v}m, {v}m.x * 2, {v}m._replace(x={i()}), {v}m == NP({v}m.x, {v}m.y), tuple({v}m))")
        else:
            self.emit(indent, f"{v}m = [{', '.join(t.choice(mixed + self.named_values) for _ in range(t.randint(2, 4)))}]\n"
                              f"for {v}p in {v}m:\n    print('ntm', {v}p, {v}p[0] - {v}p.y, {v}p._asdict())")

    # ------------------------------------------------------------ closures, decorators, bound methods

    def ck_defs(self):
        """Factories of closures, decorators and a class whose bound methods are passed around."""
        r = self.r
        k = r.randint(1, 9)
        self.lines += [
            "def ck_adder(n):", "    return lambda x: x + n", "",
            "def ck_counter(start):", "    count = start", "    def inc(step=1):", "        nonlocal count",
            "        count += step", "        return count", "    return inc", "",
            "def ck_lams(k):", "    out = []", "    for i in range(k):",
            f"        out.append(lambda v: v * i + k{r.choice(['', ' - 1', ' * 2'])})", "    return out", "",
            "def ck_twice(f):", "    def w(*a):", "        return f(*a) + f(*a)", "    return w", "",
            "def ck_plus(d):", "    def deco(f):", "        def w(x, y):", "            return f(x, y) + d",
            "        return w", "    return deco", "",
            "def ck_memo(f):", "    seen = {}", "    def w(n):", "        if n not in seen:",
            "            seen[n] = f(n)", "        return seen[n]", "    return w", "",
            "@ck_twice", f"@ck_plus({k})", "def ck_mul(x, y):", f"    return x * y - {r.randint(0, 5)}", "",
            "@ck_memo", "def ck_walk(n):", "    return n if n < 2 else ck_walk(n - 1) + ck_walk(n - 2) % 1000", "",
            "def ck_kw(a, b=2, *, c=3):", "    return a * 100 + b * 10 + c", "",
            "def ck_fwd(f, *args, **kwargs):", "    return f(*args, **kwargs)", "",
            "class CkAcc:", "    def __init__(self, base):", "        self.base = base", "        self.hook = None",
            "    def add(self, v):", "        self.base += v", "        return self.base",
            "    def scaled(self, v, by=2):", "        return (self.base + v) * by", "",
        ]

    def ck_stmt(self, indent: int):
        r = self.r
        self.counter += 1
        v = f"ck{self.counter}"
        a, b = r.randint(-20, 20), r.randint(0, 9)
        k = r.random()
        if k < 0.15:
            self.emit(indent, f"{v} = [ck_adder(i) for i in range({b})]\nprint('ck', [f({a}) for f in {v}])")
        elif k < 0.3:
            self.emit(indent, f"{v} = ck_counter({a})\n{v}()\nprint('ck', {v}({b}), {v}(), ck_counter({b})())")
        elif k < 0.45:
            self.emit(indent, f"print('ck', [f({a}) for f in ck_lams({b})])")
        elif k < 0.6:
            self.emit(indent, f"print('ck', ck_mul({a}, {b}), ck_walk({r.randint(0, 60)}), ck_mul.__name__)")
        elif k < 0.75:
            self.emit(indent, f"{v} = CkAcc({a})\n{v}.hook = {v}.add\n{v}.hook({b})\n"
                              f"{v}s = [{v}.add, CkAcc({b}).scaled]\nprint('ck', [f({a}) for f in {v}s], {v}.base)")
        elif k < 0.9:
            self.emit(indent, f"{v} = {{'add': ck_adder({a}), 'twice': ck_twice(ck_adder({b}))}}\n"
                              f"print('ck', sorted((n, f({b})) for n, f in {v}.items()))")
        elif k < 0.95:
            keys = r.sample(["a", "b", "c", "d"], r.randint(0, 3))
            items = ", ".join(f"'{key}': {r.randint(0, 9)}" for key in keys)
            pos = ", ".join(str(r.randint(0, 9)) for _ in range(r.randint(0, 2)))
            self.emit(indent, f"{v} = {{{items}}}\ntry:\n    print('ck', ck_kw({pos}{', ' if pos else ''}**{v}), "
                              f"ck_fwd(ck_kw, {pos}{', ' if pos else ''}**{v}))\nexcept TypeError as e:\n    print('ck', e)")
        else:
            self.emit(indent, f"{v}f = ck_adder({b})\n{v} = list(map({v}f, range({b})))\n{v}k = ck_adder(-{a})\nprint('ck', {v}, sorted({v}, key={v}k))")

    # ------------------------------------------------------------ gens: generators and iterators
    def with_gens_random(self, make):
        """make() drawing from the gens stream (int_expr and the other helpers read self.r)."""
        main, self.r = self.r, self.gens_r
        try:
            make()
        finally:
            self.r = main
    def gens_defs(self):
        r = self.r
        self.lines.insert(0, "import itertools")
        m1, m2, d = r.randint(2, 5), r.randint(1, 9), r.choice([2, 3])
        self.lines += [
            "def gz_src(n, k):",
            "    total = 0",
            "    try:",
            "        for i in range(n):",
            "            if i == k:",
            "                raise ValueError('gz stop ' + str(i))",
            "            total += i",
            f"            yield i * {m1} % {r.choice([7, 11, 13])}",
            "    finally:",
            "        print('gz finally', n, total)",
            "    return total",
            "",
            "def gz_map(xs, m):",
            "    for x in xs:",
            f"        yield x * m - {m2}",
            "",
            "def gz_keep(xs, d):",
            "    for x in xs:",
            "        if x % d != 0:",
            "            yield x",
            "",
            "def gz_rec(n):",
            "    if n > 0:",
            "        yield n",
            f"        yield from gz_rec(n - {d})",
            "        yield -n",
            "",
            "def gz_outer(n):",
            "    got = yield from gz_src(n, -1)",
            "    yield got * 2",
            "    return got",
            "",
            "class GzBag:",
            "    def __init__(self, xs):",
            "        self.xs = list(xs)",
            "",
            "    def __iter__(self):",
            "        for x in self.xs:",
            "            yield x",
            "",
            "    def pairs(self):",
            "        for i, x in enumerate(self.xs):",
            "            if i % 2 == 0:",
            "                yield (i, x)",
            "",
            "class GzCount:",
            "    def __init__(self, n):",
            "        self.n = n",
            "        self.i = 0",
            "",
            "    def __iter__(self):",
            "        return self",
            "",
            "    def __next__(self):",
            "        if self.i >= self.n:",
            "            raise StopIteration",
            "        self.i += 1",
            f"        return self.i * self.i % {r.choice([5, 11, 17])}",
            "",
            "def gz_total(it):",
            "    s = 0",
            "    for v in it:",
            "        s += v",
            "    return s",
            "",
            "def gz_pick(flag, n):",
            "    return gz_map(range(n), 2) if flag else gz_rec(n)",
            "",
            "def gz_step(n, step=2):",
            "    yield from range(0, n, step)",
            "",
            "class GzHold:",
            "    def __init__(self, g):",
            "        self.g = g",
            "",
            "    def first(self):",
            "        return next(self.g, -1)",
            "",
            "class GzBag2(GzBag):",
            "    def pairs(self):",
            "        for i, x in super().pairs():",
            f"            yield (i + 1, x * {r.randint(2, 4)})",
            "",
        ]

    def gz_small(self, scope, limit: int) -> str:
        """A small non-negative int: a constant, or one of the program's int expressions modulo limit."""
        if self.r.random() < 0.5:
            return str(self.r.randint(0, limit - 1))
        code, _ = self.clamp(*self.int_expr(scope))
        return f"(({code}) % {limit})"

    def gens_stmt(self, scope, indent: int):
        r = self.r
        self.counter += 1
        c = self.counter
        n, m, k = self.gz_small(scope, 9), self.gz_small(scope, 5), self.gz_small(scope, 10)
        lists = [v for v in scope.of_type("list[int]") if v not in scope.frozen]
        src = r.choice(lists) if lists and r.random() < 0.4 else f"range({n})"
        gen = r.choice([f"gz_map({src}, {m})", f"gz_keep({src}, {r.choice([2, 3])})", f"gz_rec({n})",
                        f"(x * {m} for x in {src} if x % 3 != 1)", f"GzBag({src})", f"GzCount({n})",
                        f"iter(GzBag(gz_rec({n})))", f"(v for _, v in GzBag({src}).pairs())"])
        if self.gzpair_r.random() < 0.2 and not gen.startswith("GzBag"):  # (a GzBag is iterable, not an iterator)
            self.emit(indent, f"gp{c} = {gen}\ngq{c} = {gen}\nprint('gz pairs', list(zip(gp{c}, gp{c})), "
                              f"list(map(lambda a, b: a * 100 + b, gq{c}, gq{c})))")
        form = r.randrange(16)
        if form == 0:  # a pipeline over a generator with try/finally, which may raise on its k-th item
            cons = r.choice(["list({})", "sum({})", "sorted({})", "max({}, default=-1)", "[v + 1 for v in {}]",
                             "gz_total({})", "','.join(str(v) for v in {})", "list(enumerate({}))"])
            pipe = r.choice([f"gz_src({n}, {k})", f"gz_map(gz_src({n}, {k}), {m})",
                             f"gz_keep(gz_map(gz_src({n}, {k}), {m}), 2)", f"(v * v for v in gz_src({n}, {k}))"])
            self.emit(indent, f"try:\n    print('gz pipe', {cons.format(pipe)})\nexcept ValueError as e{c}:\n    print('gz err', e{c})")
        elif form == 1:  # the same consumed by a for loop of the consumer, which prints as it goes
            self.emit(indent, f"try:\n    for v{c} in gz_keep(gz_src({n}, {k}), 2):\n        print('gz item', v{c})\n"
                              f"except ValueError as e{c}:\n    print('gz err', e{c})")
        elif form == 2:  # partly consumed, then resumed
            self.emit(indent, f"g{c} = iter({gen})\nprint('gz next', next(g{c}, -1), next(g{c}, -2))\n"
                              f"for v{c} in g{c}:\n    if v{c} > {r.randint(0, 6)}:\n        break\n    print('gz loop', v{c})\n"
                              f"print('gz rest', list(g{c}))")
        elif form == 3:  # recursion and yield from with its value
            self.emit(indent, f"print('gz rec', list(gz_rec({n})), sum(gz_rec({n})), list(gz_outer({n})))")
        elif form == 4:  # the iterator protocol of classes, through the builtins
            self.emit(indent, f"b{c} = GzBag({gen})\nprint('gz bag', sorted(b{c}), sum(b{c}), list(zip(b{c}, GzCount({n}))), "
                              f"list(enumerate(b{c})), min(b{c}, default=0), any(x > 3 for x in b{c}), all(b{c}), "
                              f"'-'.join(str(x) for x in b{c}), list(b{c}.pairs()))")
        elif form == 5:  # generator expressions as arguments of a user function and of a comprehension
            self.emit(indent, f"print('gz arg', gz_total(x * {m} for x in {src}), "
                              f"[w for w in (y - 1 for x in {gen} for y in range(x % 4)) if w])")
        elif form == 6:
            it = r.choice([f"itertools.islice(gz_map(itertools.count({k}), {m}), {n})",
                           f"itertools.islice({gen}, 1, {n}, 2)",
                           f"itertools.chain(gz_rec({n}), {gen})",
                           f"itertools.takewhile(lambda v: v < {r.randint(0, 9)}, {gen})",
                           f"itertools.dropwhile(lambda v: v < {r.randint(0, 9)}, {gen})",
                           f"itertools.accumulate({gen})",
                           f"itertools.zip_longest({gen}, GzCount({m}), fillvalue=0)",
                           f"map(lambda v: v * {m}, {gen})", f"filter(lambda v: v % 2 == 0, {gen})",
                           f"zip({gen}, itertools.cycle([1, 2]))", f"enumerate({gen}, {k})",
                           f"reversed(list({gen}))"])
            self.emit(indent, f"print('gz it', list({it}))")
        elif form == 7:  # groupby over a generator
            key = r.choice(["", ", key=lambda v: v % 2", ", lambda v: v > 2", ", key=abs"])
            self.emit(indent, f"print('gz groups', [(k{c}, list(g{c})) for k{c}, g{c} in itertools.groupby(sorted({gen}){key})], "
                              f"[len(list(g{c})) for _, g{c} in itertools.groupby({gen})], "
                              f"[list(g{c}) for g{c} in [g{c} for _, g{c} in itertools.groupby({gen})]])")  # stored: emptied
        elif form == 8:  # combinations/permutations of a generator's items, r computed when it runs
            fn = r.choice(["combinations", "permutations"])
            self.emit(indent, f"print('gz choose', list(itertools.{fn}(list({gen})[:5], {self.gz_small(scope, 4)})))")
        elif form == 9:  # generators kept in a list, advanced in turn
            self.emit(indent, f"gs{c} = [gz_map(range({n}), 2), gz_rec({n}), gz_keep(range({k}), 3)]\n"
                              f"print('gz round', [next(g, None) for g in gs{c}], [next(g, 0) for g in gs{c}], [list(g) for g in gs{c}])")
        elif form == 10:  # a generator returned by a function, consumed by a nested comprehension
            self.emit(indent, f"print('gz nest', [(a, b) for a in gz_rec({n}) for b in gz_keep(range(a if a > 0 else 0), 2) if a + b > 2])")
        elif form == 12:  # one place holding generators of two functions
            self.emit(indent, f"print('gz pick', [list(gz_pick(f, {n})) for f in (True, False)], sum(gz_pick({k} % 2 == 0, {n})))")
        elif form == 13:  # a generator kept in an object's field, advanced by a method
            self.emit(indent, f"h{c} = GzHold({r.choice(['gz_rec({})'.format(n), 'gz_map(range({}), 3)'.format(n), '(v for v in {})'.format(gen)])})\n"
                              f"print('gz hold', h{c}.first(), h{c}.first(), list(h{c}.g), h{c}.first())")
        elif form == 14:  # an overriding generator method calling the base's through super()
            self.emit(indent, f"for b{c} in [GzBag({src}), GzBag2({src})]:\n    print('gz over', list(b{c}.pairs()), sum(x for _, x in b{c}.pairs()))")
        elif form == 15:  # default and keyword arguments of a generator function
            self.emit(indent, f"print('gz step', list(gz_step({n})), list(gz_step({n}, step=3)), list(gz_step(n={k}, step={m} + 1)))")
        else:  # StopIteration of a finished generator, caught
            self.emit(indent, f"g{c} = gz_map(range({r.randint(0, 2)}), {m})\ntry:\n    print('gz stop', next(g{c}), next(g{c}), next(g{c}))\n"
                              f"except StopIteration:\n    print('gz stopped')")
