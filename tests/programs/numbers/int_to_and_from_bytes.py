# int.to_bytes and int.from_bytes: every argument form, big ints, and CPython's errors in its order.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, byteorder='little'), (5).to_bytes())
print((-1).to_bytes(3, 'big', signed=True), (2**70 + 5).to_bytes(10, 'little'), (-2**63).to_bytes(8, signed=True))
print((255).to_bytes(length=1, byteorder='big'), (0).to_bytes(0, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes(b'\x01' * 12))
print(int.from_bytes([1, 2, 3], 'little'), int.from_bytes(bytearray(b'\x80\x00'), byteorder='big', signed=True))
print(int.from_bytes(bytes=b'a'), int.from_bytes((x for x in range(5)), 'big'), int.from_bytes([]))
n = 2**200 - 12345
print(int.from_bytes(n.to_bytes(26, 'big'), 'big') == n, int.from_bytes((-n).to_bytes(26, 'little', signed=True), 'little', signed=True) == -n)
for length in [1, -1, 2**70]:
    for order in ['big', 'x']:
        try:
            print((300).to_bytes(length, order))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
for v in [-1, 256, 2**64]:
    try:
        print(v.to_bytes(2))
    except OverflowError as e:
        print(type(e).__name__, e)
for data in [[1, 300], [-1]]:
    try:
        print(int.from_bytes(data))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(int.from_bytes(b'1', 'middle'))
except ValueError as e:
    print(type(e).__name__, e)
