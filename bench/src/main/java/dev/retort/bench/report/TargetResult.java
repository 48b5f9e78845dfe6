package dev.retort.bench.report;

/**
 * One target of SPEC section 9 / issue 3, checked against this run.
 *
 * @param value the measured ratio (or milliseconds when {@code unit} is {@code ms})
 * @param limit the target's upper bound, in the same unit
 */
public record TargetResult(int caseNo, String database, String target, double value, double limit, String unit) {

    public boolean pass() {
        return unit.equals("ms") ? value < limit : value <= limit;
    }

    public String verdict() {
        return pass() ? "PASS" : "MISS";
    }
}
