# expect: 4:17: error: ValueError: bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
import array

a = array.array("z")
print(a)
