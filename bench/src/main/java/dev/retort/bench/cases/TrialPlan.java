package dev.retort.bench.cases;

/** How many discarded warm-up rounds and measured rounds each case runs. */
public record TrialPlan(int warmups, int measured) {

    public int rounds() {
        return warmups + measured;
    }

    public boolean isMeasured(int round) {
        return round >= warmups;
    }
}
