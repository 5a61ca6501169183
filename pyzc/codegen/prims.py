"""How each primitive IR op is spelled in C.

EXPR ops are pure C expressions over their arguments ({0}, {1}).  An int is a word of
runtime_c/int.c: the int ops here take big words (pyz_int_lt, pyz_int_and: inline fast paths),
and their `_small` forms, chosen by passes/remove_range_checks.py where value_ranges proves the
operands small, are plain C.  CHECKED ops compute through a __builtin_*_overflow; when it
overflows, an operand is big or the result leaves the small range, their slow path in int.c
gives the exact result (DESIGN.md: never a silent wrap).  GUARDS raise when their operand is a
big word (passes/guard_big_ints.py).
"""

EXPR = {
    "obj_is_none": "{0} == NULL",
    "obj_truth": "{0} != NULL",
    "obj_same": "{0} == {1}",
    "func_same": "{0} == {1}",  # two function values: their numbers (ir/build_functions.py)
    "func_is": "pyz_func_id({0}) == {1}",  # a function value (a closure's environment too) is this function
    "obj_class_in": "({0} != NULL && {0}->cls >= {1} && {0}->cls <= {2})",
    "hash_ptr": "pyz_pyhash_ptr({0})",
    "obj_id": "(int64_t)(intptr_t)({0})",  # id() of an object or a mutable container: its address
    "hash_int": "pyz_pyhash_int({0})",
    "hash_float": "pyz_pyhash_float({0})",
    "int_add_nocheck": "{0} + {1}",
    "int_sub_nocheck": "{0} - {1}",
    # proved not to overflow or divide by zero (passes/remove_range_checks.py)
    "int_mul_nocheck": "{0} * {1}",
    "int_neg_nocheck": "-{0}",
    "int_mod_nz": "pyz_int_mod({0}, {1})",  # Python's signs; the divisor is never 0
    "int_floordiv_nz": "pyz_int_floordiv({0}, {1})",  # never 0, nor -1 with INT64_MIN
    "int_mod_pos": "{0} % {1}",  # a >= 0, b > 0: C's % is Python's
    "int_floordiv_pos": "{0} / {1}",
    "int_add_wrap": "(int64_t)((uint64_t){0} + (uint64_t){1})",
    "tuple_item_at": "(&{0}.f0)[{1}]",  # a tuple whose fields all have one type (no padding between them)
    "int_sub_wrap": "(int64_t)((uint64_t){0} - (uint64_t){1})",
    "int_and": "pyz_int_and({0}, {1})",
    "int_or": "pyz_int_or({0}, {1})",
    "int_xor": "pyz_int_xor({0}, {1})",
    "int_invert": "pyz_int_invert({0})",
    "int_eq": "pyz_int_eq({0}, {1})",
    "int_ne": "!pyz_int_eq({0}, {1})",
    "int_lt": "pyz_int_lt({0}, {1})",
    "int_le": "pyz_int_le({0}, {1})",
    "int_gt": "pyz_int_lt({1}, {0})",
    "int_ge": "pyz_int_le({1}, {0})",
    # the same on operands proved small (passes/remove_range_checks.py)
    "int_and_small": "{0} & {1}",
    "int_or_small": "{0} | {1}",
    "int_xor_small": "{0} ^ {1}",
    "int_invert_small": "~{0}",
    "int_eq_small": "{0} == {1}",
    "int_ne_small": "{0} != {1}",
    "int_lt_small": "{0} < {1}",
    "int_le_small": "{0} <= {1}",
    "int_gt_small": "{0} > {1}",
    "int_ge_small": "{0} >= {1}",
    "int_rshift_k_small": "({0} >> {1})",  # count a constant in 0..62: Python's floor shift is C's on int64
    "int_to_float_small": "(double){0}",
    "int_truth": "{0} != 0",
    "index_in": "(uint64_t){0} < (uint64_t){1}",
    "float_add": "{0} + {1}",
    "float_sub": "{0} - {1}",
    "float_mul": "{0} * {1}",
    "float_neg": "-{0}",
    "float_abs": "fabs({0})",
    "float_eq": "{0} == {1}",
    "float_ne": "{0} != {1}",
    "float_lt": "{0} < {1}",
    "float_le": "{0} <= {1}",
    "float_gt": "{0} > {1}",
    "float_ge": "{0} >= {1}",
    "float_truth": "{0} != 0.0",
    # exact float-vs-int comparison: pyz_float_int_cmp gives 1 less, 2 equal, 4 greater, 0 unordered
    "float_int_lt": "(pyz_float_int_cmp({0}, {1}) & 1) != 0",
    "float_int_le": "(pyz_float_int_cmp({0}, {1}) & 3) != 0",
    "float_int_eq": "(pyz_float_int_cmp({0}, {1}) & 2) != 0",
    "float_int_ne": "(pyz_float_int_cmp({0}, {1}) & 2) == 0",
    "float_int_gt": "(pyz_float_int_cmp({0}, {1}) & 4) != 0",
    "float_int_ge": "(pyz_float_int_cmp({0}, {1}) & 6) != 0",
    "bool_not": "!{0}",
    "bool_and": "{0} & {1}",
    "bool_or": "{0} | {1}",
    "bool_xor": "{0} ^ {1}",
    "bool_to_int": "(int64_t){0}",
    "int_norm": "pyz_int_norm({0})",  # a C integer a runtime function returned, as an int word
    "int_to_float": "pyz_int_as_double({0})",  # OverflowError past the float range: raising unless proved small
    "str_len": "{0}->ncp",
    "str_bytes": "{0}->len",
    "str_truth": "{0}->len != 0",
    "bytes_len": "{0}->len",
    "bytes_truth": "{0}->len != 0",
    "bytes_at": "(int64_t)(unsigned char){0}->data[{1}]",  # an index known to be in range
    "str_next": "pyz_str_char_at({0}, &{1})",
    "container_len": "{0}->len",  # lists, dicts and sets all keep `len` first
    "list_item": "{0}->items[{1}]",
    "container_truth": "{0}->len != 0",  # lists, dicts and sets
    "list_items_ptr": "{0}->items",
    "gen_close": "{0}->state = -1",  # g.close() of a generator stopped outside any try: finished (codegen/generators.py)
    "dict_key": "{0}->entries[{1}].key",
    "dict_value": "{0}->entries[{1}].value",
    "set_key": "{0}->table[{1}].key",
    "exc_pending": "pyz_exc_pending",
    "tail_room": "pyz_tail_room",  # the folded self-calls the stack holds (passes/fuse_tail_checks.py)
    "err_line_get": "err_line",
    "err_line_set": "err_line = (int32_t){0}",
    "exc_handling_get": "pyz_exc_handling",  # the exception an except/finally body is handling (exc.c)
    "exc_handling_set": "pyz_exc_handling = {0}",
    "sb_init": "pyz_sb_init(&{0})",
    "sb_add": "pyz_sb_add_str(&{0}, {1})",
    "sb_finish": "pyz_sb_finish(&{0})",
    "int_rshift_k": "pyz_int_rshift_k({0}, {1})",  # count a constant in 0..62
    "exc_repr_any": "({0}->obj ? pyz_class_repr({0}->obj) : pyz_exc_repr({0}))",  # the object's own repr if any
    "iter_seq": "{0}->seq",  # iter(xs): the list it walks (void * converts to the list's type)
    "iter_pos": "{0}->pos",
    "iter_advance": "{0}->pos++",
    "deque_state": "{0}->state",  # changes a loop walking the deque notices (templates/deque.c.j2)
    "iter_exhaust": "{0}->pos = INT64_MAX",  # an exhausted list iterator stays exhausted (CPython drops its list)
    # numbers of several types (PyzNum, runtime_c/num.c): boxing, the tag, exact comparison
    "num_from_int": "pyz_num_int({0})",
    "num_from_float": "pyz_num_float({0})",
    "num_from_bool": "pyz_num_bool({0})",
    "num_as_float": "pyz_num_as_float({0})",
    "num_truth": "pyz_num_truth({0})",
    "num_is_int": "({0}).tag == PYZ_NUM_INT",
    "num_is_float": "({0}).tag == PYZ_NUM_FLOAT",
    "num_is_bool": "({0}).tag == PYZ_NUM_BOOL",
    "num_lt": "(pyz_num_cmp({0}, {1}) & 1) != 0",
    "num_le": "(pyz_num_cmp({0}, {1}) & 3) != 0",
    "num_eq": "(pyz_num_cmp({0}, {1}) & 2) != 0",
    "num_ne": "(pyz_num_cmp({0}, {1}) & 2) == 0",
    "num_gt": "(pyz_num_cmp({0}, {1}) & 4) != 0",
    "num_ge": "(pyz_num_cmp({0}, {1}) & 6) != 0",
    "math_isnan": "isnan({0})",
    "math_isinf": "isinf({0})",
    "math_isfinite": "isfinite({0})",
}

# Values that may be None (OptT): (the spelling where None is NULL, the one for a struct with a `some`
# flag); {T} is the C type of the destination.  The OptT is operand 0, or the destination of opt_wrap.
OPTIONAL = {
    "opt_is_none": ("{0} == NULL", "!({0}).some"),
    "opt_value": ("{0}", "({0}).v"),
    "opt_wrap": ("{0}", "(({T}){{true, {0}}})"),
}

# (the fast path, true when it overflowed into {dst}; the slow path, runtime_c/int.c)
CHECKED = {
    "int_add": ("__builtin_add_overflow({0}, {1}, &{dst})", "pyz_int_add_slow({0}, {1})"),
    "int_sub": ("__builtin_sub_overflow({0}, {1}, &{dst})", "pyz_int_sub_slow({0}, {1})"),
    "int_mul": ("__builtin_mul_overflow({0}, {1}, &{dst})", "pyz_int_mul_slow({0}, {1})"),
    "int_neg": ("__builtin_sub_overflow((int64_t)0, {0}, &{dst})", "pyz_int_neg_slow({0})"),
    "int_lshift_k": ("pyz_int_lshift_overflows({0}, {1}, &{dst})", "pyz_int_lshift_slow({0}, {1})"),  # count 0..62
}

# An int word as a C integer, for an op that reads one (passes/guard_big_ints.py): a small word is
# itself; a big one its value when that fits in int64, else the slow path raises CPython's error for
# that use (OverflowError for a count or a size, IndexError for an index) or clamps (a slice bound).  (the test for the slow path, the slow path: false when it raised)
GUARDS = {
    "int_guard": ("{0} < PYZ_SMALL_MIN", "pyz_int_to_c_slow({0}, PYZ_TO_C_SSIZE, &{dst})"),
    "int_guard_index": ("{0} < PYZ_SMALL_MIN", "pyz_int_to_c_slow({0}, PYZ_TO_C_INDEX, &{dst})"),
    "int_guard_size": ("{0} < PYZ_SMALL_MIN", "pyz_int_to_c_slow({0}, PYZ_TO_C_SIZE, &{dst})"),
    "int_guard_clamp": ("{0} < PYZ_SMALL_MIN", "pyz_int_to_c_slow({0}, PYZ_TO_C_CLAMP, &{dst})"),
}
# The same guards on an operand proved never to lie in [INT64_MIN, PYZ_SMALL_MIN) (passes/remove_range_checks.py):
# a big word is then past int64, so the slow path always raises and the C integer is the word itself
GUARDS.update({name + "_nofit": GUARDS[name] for name in ("int_guard", "int_guard_index", "int_guard_size")})
