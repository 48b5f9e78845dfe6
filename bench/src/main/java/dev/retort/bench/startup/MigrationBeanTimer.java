package dev.retort.bench.startup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;

/**
 * Wall time spent creating and initializing the migration beans: Retort's {@code retort} (configure + load:
 * scan, parse, graph) and {@code retortMigrationInitializer} (the upgrade: connection, lock, state reads), or
 * Boot's {@code flyway} and {@code flywayInitializer}. Each bean's interval runs from before instantiation to
 * after initialization; nested intervals (the engine is created while the initializer's constructor arguments
 * are resolved) are counted once. Other beans created while a migration bean is being created (the
 * DataSource, properties, customizers) are subtracted: every mode creates them. This post-processor is not
 * {@code Ordered}, so it runs after the ordered ones (e.g. {@code StartupApp#openDatabaseEarly}). The same intervals are
 * also measured in the CPU time of the creating thread: on a loaded machine the wall time is mostly waiting for a
 * core, the CPU time is the work.
 */
final class MigrationBeanTimer implements InstantiationAwareBeanPostProcessor {

    private static final Set<String> NAMES = Set.of("retort", "retortMigrationInitializer", "flyway",
            "flywayInitializer");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, long[]> starts = new HashMap<>();
    private final List<long[]> intervals = new ArrayList<>();
    private final List<long[]> cpuIntervals = new ArrayList<>();
    private final StringBuilder detail = new StringBuilder();
    private int openMigrationBeans;
    private String otherBean;
    private long otherStart;
    private long otherCpuStart;
    private long excluded;
    private long excludedCpu;

    @Override
    public synchronized Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
        if (NAMES.contains(beanName)) {
            starts.putIfAbsent(beanName, new long[] {System.nanoTime(), cpu()});
            openMigrationBeans++;
        } else if (openMigrationBeans > 0 && otherBean == null) {
            otherBean = beanName;
            otherStart = System.nanoTime();
            otherCpuStart = cpu();
        }
        return null;
    }

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (beanName.equals(otherBean)) {
            excluded += System.nanoTime() - otherStart;
            excludedCpu += cpu() - otherCpuStart;
            otherBean = null;
        }
        long[] start = starts.remove(beanName);
        if (start != null) {
            openMigrationBeans--;
            long end = System.nanoTime();
            intervals.add(new long[] {start[0], end});
            cpuIntervals.add(new long[] {start[1], cpu()});
            detail.append(detail.isEmpty() ? "" : ",").append(beanName).append(':').append((end - start[0]) / 1_000_000);
        }
        return bean;
    }

    /** Each bean's own interval (nested beans included), {@code name:ms,...} in the order they completed. */
    synchronized String detail() {
        return detail.isEmpty() ? "-" : detail.toString();
    }

    /** The length of the union of the recorded intervals minus the nested other beans, in milliseconds. */
    synchronized double totalMillis() {
        return (union(intervals) - excluded) / 1e6;
    }

    /** Like {@link #totalMillis()} in the CPU time of the thread that created the beans (the main thread). */
    synchronized double cpuMillis() {
        return (union(cpuIntervals) - excludedCpu) / 1e6;
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static long union(List<long[]> intervals) {
        List<long[]> sorted = new ArrayList<>(intervals);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        long total = 0;
        long end = Long.MIN_VALUE;
        for (long[] i : sorted) {
            if (i[0] >= end) {
                total += i[1] - i[0];
                end = i[1];
            } else if (i[1] > end) {
                total += i[1] - end;
                end = i[1];
            }
        }
        return total;
    }
}
