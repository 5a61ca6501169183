# Spectral norm of the classic infinite matrix, n = 100.
def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out.append(s)
    return out


def mul_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out.append(s)
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def spectral(n):
    u = [1.0] * n
    v = [0.0] * n
    for step in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
        print("step", step, f"{u[0]:.9f}")
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return (vbv / vv) ** 0.5


def main():
    for n in [100, 200]:
        result = spectral(n)
        print("n =", n, f"{result:.9f}")


main()
