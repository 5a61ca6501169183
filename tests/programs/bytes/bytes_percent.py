# b"..." % numbers: %d %i %x %c %f and widths
w, h = 640, 480
print(b"P6\n%i %i\n%i\n" % (w, h, 255))
print(b"%c%c%c" % (0, 128, 255))
print(b"%d|%5d|%-4x|%X|%o|%.3f|%e" % (-7, 42, 255, 3054, 8, 2.5, 12345.678))
print(b"100%% %d" % 5, b"%c" % 65, b"%02x" % 7)
for c in (256, 1000):
    try:
        print(b"%c" % c)
    except OverflowError as e:
        print("OverflowError:", e)
