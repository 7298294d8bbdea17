package org.likelihoodlab.experiment;

/**
 * SplitMix64 exactly as math.md section 9.1 specifies it (64-bit wrap-around, logical shifts): the
 * generator of the sample orders, so a run is reproducible from its scenario file alone. First
 * outputs for seed 0: 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F.
 */
public final class SplitMix64 {

    private long state;

    /** @param seed the initial state (a negative seed is its two's-complement bits) */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** @return the next 64 bits */
    public long next() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** @return the next output modulo {@code bound}, the output read as an unsigned 64-bit integer */
    public int nextIndex(int bound) {
        return (int) Long.remainderUnsigned(next(), bound);
    }
}
