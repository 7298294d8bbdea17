package org.likelihoodlab.io;

/** Checks a large allocation against the Java heap, so that it ends in a message, not an OutOfMemoryError. */
public final class Heap {
    private Heap() {
    }

    /**
     * @param bytes what the allocation needs
     * @param what what is being allocated, for the message
     * @throws BadInputException if it cannot fit in the heap at all
     */
    public static void require(long bytes, String what) {
        long max = Runtime.getRuntime().maxMemory();
        if (bytes > 0.9 * max) {
            throw tooLarge(what, bytes);
        }
    }

    /** @return the message for an allocation the heap cannot hold */
    public static BadInputException tooLarge(String what, long bytes) {
        long max = Runtime.getRuntime().maxMemory();
        return new BadInputException(what + " need about " + mb(bytes) + " MB, more than this Java heap holds ("
                + mb(max) + " MB); give Java more memory (java -Xmx...) or use less data");
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
