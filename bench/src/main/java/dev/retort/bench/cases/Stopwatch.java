package dev.retort.bench.cases;

/** Times one call in milliseconds, after a GC so garbage of the previous call is not charged to it. */
final class Stopwatch {

    /** A call that may throw anything. */
    interface Call {
        void run() throws Exception;
    }

    private Stopwatch() {
    }

    static double time(Call call) throws Exception {
        System.gc();
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1e6;
    }
}
