/* Reference for bench/programs/nbody.py: the Sun and the four Jovian planets,
   100,000 steps of 0.01.  Same operation order as the Python program, so with
   -ffp-contract=off the printed energies are bit-for-bit the same. */
#include <math.h>
#include <stdio.h>

#define PI 3.14159265358979323
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define NBODIES 5

enum { X, Y, Z, VX, VY, VZ, MASS };

static double bodies[NBODIES][7] = {
    /* Sun */
    {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS},
    /* Jupiter */
    {4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01,
     1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
     -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS},
    /* Saturn */
    {8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01,
     -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
     2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS},
    /* Uranus */
    {1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01,
     2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
     -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS},
    /* Neptune */
    {1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01,
     2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
     -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS},
};

static void offset_momentum(void) {
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < NBODIES; i++) {
        px += bodies[i][VX] * bodies[i][MASS];
        py += bodies[i][VY] * bodies[i][MASS];
        pz += bodies[i][VZ] * bodies[i][MASS];
    }
    bodies[0][VX] = -px / SOLAR_MASS;
    bodies[0][VY] = -py / SOLAR_MASS;
    bodies[0][VZ] = -pz / SOLAR_MASS;
}

static double energy(void) {
    double e = 0.0;
    for (int i = 0; i < NBODIES; i++) {
        double *b = bodies[i];
        e += 0.5 * b[MASS] * (b[VX] * b[VX] + b[VY] * b[VY] + b[VZ] * b[VZ]);
        for (int j = i + 1; j < NBODIES; j++) {
            double *b2 = bodies[j];
            double dx = b[X] - b2[X];
            double dy = b[Y] - b2[Y];
            double dz = b[Z] - b2[Z];
            e -= b[MASS] * b2[MASS] / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static void advance(double dt, long steps) {
    for (long s = 0; s < steps; s++) {
        for (int i = 0; i < NBODIES; i++) {
            double *b = bodies[i];
            for (int j = i + 1; j < NBODIES; j++) {
                double *b2 = bodies[j];
                double dx = b[X] - b2[X];
                double dy = b[Y] - b2[Y];
                double dz = b[Z] - b2[Z];
                double dist2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (dist2 * sqrt(dist2));
                double m1 = b[MASS] * mag;
                double m2 = b2[MASS] * mag;
                b[VX] -= dx * m2;
                b[VY] -= dy * m2;
                b[VZ] -= dz * m2;
                b2[VX] += dx * m1;
                b2[VY] += dy * m1;
                b2[VZ] += dz * m1;
            }
        }
        for (int i = 0; i < NBODIES; i++) {
            double *b = bodies[i];
            b[X] += dt * b[VX];
            b[Y] += dt * b[VY];
            b[Z] += dt * b[VZ];
        }
    }
}

int main(void) {
    long steps = 100000;
    offset_momentum();
    printf("%.9f\n", energy());
    advance(0.01, steps);
    printf("%.9f\n", energy());
    return 0;
}
