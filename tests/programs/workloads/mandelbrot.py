# Mandelbrot set membership on an 80x40 grid, 100 iterations max.
def escapes(cr, ci, max_iter):
    zr = 0.0
    zi = 0.0
    for i in range(max_iter):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return max_iter


def render(x0, y0, span_x, span_y, show):
    width = 80
    height = 40
    max_iter = 100
    inside = 0
    checksum = 0
    for y in range(height):
        ci = y0 + span_y * y / (height - 1)
        line = ""
        for x in range(width):
            cr = x0 + span_x * x / (width - 1)
            n = escapes(cr, ci, max_iter)
            checksum += n
            if n == max_iter:
                inside += 1
                line += "#"
            elif n > 10:
                line += "+"
            elif n > 4:
                line += "."
            else:
                line += " "
        if show:
            print(line)
    print("points inside:", inside, "iteration checksum:", checksum)
    return inside


def main():
    total = render(-2.2, -1.2, 3.0, 2.4, True)
    span = 1.5
    for frame in range(8):
        total += render(-0.75 - span / 2.0, 0.1 - span / 4.0, span, span / 2.0, False)
        span = span * 0.6
    print("total inside over all frames:", total)


main()
