package dev.retort.bench.startup;

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
 * {@code Ordered}, so it runs after the ordered ones (e.g. {@code StartupApp#openDatabaseEarly}).
 */
final class MigrationBeanTimer implements InstantiationAwareBeanPostProcessor {

    private static final Set<String> NAMES = Set.of("retort", "retortMigrationInitializer", "flyway",
            "flywayInitializer");

    private final Map<String, Long> starts = new HashMap<>();
    private final List<long[]> intervals = new ArrayList<>();
    private final StringBuilder detail = new StringBuilder();
    private int openMigrationBeans;
    private String otherBean;
    private long otherStart;
    private long excluded;

    @Override
    public synchronized Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
        if (NAMES.contains(beanName)) {
            starts.putIfAbsent(beanName, System.nanoTime());
            openMigrationBeans++;
        } else if (openMigrationBeans > 0 && otherBean == null) {
            otherBean = beanName;
            otherStart = System.nanoTime();
        }
        return null;
    }

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (beanName.equals(otherBean)) {
            excluded += System.nanoTime() - otherStart;
            otherBean = null;
        }
        Long start = starts.remove(beanName);
        if (start != null) {
            openMigrationBeans--;
            long end = System.nanoTime();
            intervals.add(new long[] {start, end});
            detail.append(detail.isEmpty() ? "" : ",").append(beanName).append(':').append((end - start) / 1_000_000);
        }
        return bean;
    }

    /** Each bean's own interval (nested beans included), {@code name:ms,...} in the order they completed. */
    synchronized String detail() {
        return detail.isEmpty() ? "-" : detail.toString();
    }

    /** The length of the union of the recorded intervals minus the nested other beans, in milliseconds. */
    synchronized double totalMillis() {
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
        return (total - excluded) / 1e6;
    }
}
