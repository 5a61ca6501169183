# N-body simulation of the Jovian planets, 20,000 steps, lists of floats.
PI = 3.14159265358979323
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24
xs = [0.0, 4.84143144246472090e+00, 8.34336671824457987e+00, 1.28943695621391310e+01, 1.53796971148509165e+01]
ys = [0.0, -1.16032004402742839e+00, 4.12479856412430479e+00, -1.51111514016986312e+01, -2.59193146099879641e+01]
zs = [0.0, -1.03622044471123109e-01, -4.03523417114321381e-01, -2.23307578892655734e-01, 1.79258772950371181e-01]
vxs = [0.0, 1.66007664274403694e-03, -2.76742510726862411e-03, 2.96460137564761618e-03, 2.68067772490389322e-03]
vys = [0.0, 7.69901118419740425e-03, 4.99852801234917238e-03, 2.37847173959480950e-03, 1.62824170038242295e-03]
vzs = [0.0, -6.90460016972063023e-05, 2.30417297573763929e-05, -2.96589568540237556e-05, -9.51592254519715870e-05]
masses = [1.0, 9.54791938424326609e-04, 2.85885980666130812e-04, 4.36624404335156298e-05, 5.15138902046611451e-05]


def init():
    for i in range(5):
        vxs[i] *= DAYS_PER_YEAR
        vys[i] *= DAYS_PER_YEAR
        vzs[i] *= DAYS_PER_YEAR
        masses[i] *= SOLAR_MASS
    px = sum(vxs[i] * masses[i] for i in range(5))
    py = sum(vys[i] * masses[i] for i in range(5))
    pz = sum(vzs[i] * masses[i] for i in range(5))
    vxs[0] = -px / SOLAR_MASS
    vys[0] = -py / SOLAR_MASS
    vzs[0] = -pz / SOLAR_MASS


def energy():
    e = 0.0
    for i in range(5):
        e += 0.5 * masses[i] * (vxs[i] * vxs[i] + vys[i] * vys[i] + vzs[i] * vzs[i])
        for j in range(i + 1, 5):
            dx = xs[i] - xs[j]
            dy = ys[i] - ys[j]
            dz = zs[i] - zs[j]
            e -= masses[i] * masses[j] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(dt, steps):
    for s in range(steps):
        for i in range(5):
            for j in range(i + 1, 5):
                dx = xs[i] - xs[j]
                dy = ys[i] - ys[j]
                dz = zs[i] - zs[j]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * d2 ** 0.5)
                mi = masses[i] * mag
                mj = masses[j] * mag
                vxs[i] -= dx * mj
                vys[i] -= dy * mj
                vzs[i] -= dz * mj
                vxs[j] += dx * mi
                vys[j] += dy * mi
                vzs[j] += dz * mi
        for i in range(5):
            xs[i] += dt * vxs[i]
            ys[i] += dt * vys[i]
            zs[i] += dt * vzs[i]


init()
print(f"{energy():.9f}")
for chunk in range(4):
    advance(0.01, 5000)
    print("after", (chunk + 1) * 5000, "steps:", f"{energy():.9f}")
print(f"{energy():.9f}")
