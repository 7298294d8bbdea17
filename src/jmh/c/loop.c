/*
 * The reference for the engine's speed: the 1-D batch (mu, log sigma) gradient-ascent update of
 * Likelihood Lab as a plain C loop -- the gradient from the data's moments, the step, and the
 * divergence check of the new state (one exp per update, as the engine does: the check's
 * exp(log sigma) is the next gradient's). The same loop is the Java baseline of the JMH
 * benchmarks (EngineBench.baseline), so both sides do the same arithmetic.
 *
 * Build and run (prints ns per update, the median of 7 rounds of 2^24 updates):
 *   gcc -O2 -o target/loop src/jmh/c/loop.c -lm && target/loop
 * ./mvnw -Pbench verify builds and runs it too when gcc is on the PATH.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

static int cmp(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return x < y ? -1 : x > y;
}

/* volatile: the compiler may not drop the loop or know the data */
volatile double sink;
volatile double moments[2] = {2.0, 0.25};

int main(void) {
    const long count = 1L << 24;
    const int rounds = 7;
    double m = moments[0], c = moments[1];
    double mu = m + 0.3, s = log(sqrt(c) * 1.3);
    const double lr = 1e-7;   /* as EngineBench.LR_BATCH: far from the MLE, every update moves */
    double result[7];
    for (int r = -2; r < rounds; r++) {   /* two warm-up rounds */
        double t0 = now();
        double e = exp(s);
        long i;
        for (i = 0; i < count; i++) {
            double rbar = m - mu;
            double sS = c + rbar * rbar;
            double gmu = rbar / (e * e);
            double gs = sS / (e * e) - 1;
            mu += lr * gmu;
            s += lr * gs;
            e = exp(s);
            double rb = m - mu;
            if (!isfinite(mu) || !isfinite(s) || !(e > 0) || !isfinite(e)
                    || !isfinite((c + rb * rb) / (2 * e * e))) {
                break;
            }
        }
        double t1 = now();
        if (r >= 0) {
            result[r] = (t1 - t0) / (double) i;
        }
        /* restart from the same state each round: the work stays the same */
        sink = mu + s;
        mu = m + 0.3;
        s = log(sqrt(c) * 1.3);
    }
    qsort(result, rounds, sizeof(double), cmp);
    printf("C loop (gcc -O2), 1-D batch mu-logsigma gd update: %.2f ns/update (median of %d rounds; %.2f-%.2f)\n",
           result[rounds / 2], rounds, result[0], result[rounds - 1]);
    return 0;
}
