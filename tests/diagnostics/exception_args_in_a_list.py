# expect: 18:25: error: an exception's args (e.args) inside a list, tuple, dict or set is not supported yet; keep the exception itself, or read e.args where it is used (print, index, len)
# e.args is read where it is used (printed, indexed, measured); kept in a container it once
# made pyzc fail with an internal error while writing the list's C code.
class ValidationError(ValueError):
    pass


def check(rec):
    if "name" not in rec:
        raise ValidationError("name", "missing")


problems = []
for rec in [{"name": "a"}, {"age": "3"}]:
    try:
        check(rec)
    except ValidationError as e:
        problems.append(e.args)
print(problems)
