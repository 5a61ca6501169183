# None as an item of a tuple: printed, compared, formatted with %.
reason = None
t = (reason, 3)
print(t, "%s => %s" % (reason, 5), t == (None, 3), t[0] is None)
u = (1, None, "x")
print(u, u[1], u[2])
