# Mandelbrot set membership over a grid; prints counts and a checksum, not an image.


def escape_time(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    for i in range(max_iter):
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        if zr * zr + zi * zi > 4.0:
            return i
    return max_iter


def main():
    width = 500
    height = 375
    max_iter = 50
    inside = 0
    checksum = 0
    for y in range(height):
        ci = 2.4 * y / height - 1.2
        row = []
        for x in range(width):
            cr = 3.2 * x / width - 2.2
            row.append(escape_time(cr, ci, max_iter))
        inside += row.count(max_iter)
        for x, iterations in enumerate(row):
            checksum = (checksum * 31 + iterations * (x + 1)) % 1_000_000_007
    print(f"grid: {width}x{height}, max_iter: {max_iter}")
    print("points in set:", inside)
    print("checksum:", checksum)


main()
