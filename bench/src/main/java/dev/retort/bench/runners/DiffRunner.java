package dev.retort.bench.runners;

/**
 * One row of case 4: a schema comparison, timed, whose result is checked afterwards off the clock.
 *
 * @param <R> what the comparison returns, for {@link #check}
 */
public interface DiffRunner<R> {

    /** Name in the report. */
    String name();

    /** Off the clock, before every run: gives the run the same starting point as the previous one. */
    default void prepare() throws Exception {
    }

    /** The measured call. */
    R run() throws Exception;

    /** Off the clock: throws {@link IllegalStateException} unless {@code result} holds exactly the expected changes. */
    void check(R result);
}
