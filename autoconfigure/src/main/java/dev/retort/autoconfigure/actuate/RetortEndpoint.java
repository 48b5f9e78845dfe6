package dev.retort.autoconfigure.actuate;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.autoconfigure.TenantMigrations;
import dev.retort.command.RevisionSummary;
import dev.retort.command.ShowCommand;
import dev.retort.command.StatusCommand;
import dev.retort.tenant.TenantResults;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.context.ApplicationContext;

/** The {@code migrations} endpoint: revisions, their state and the history of every Retort engine. */
@Endpoint(id = "migrations")
public class RetortEndpoint {

    /** How many history rows {@code GET /actuator/migrations} returns per engine without {@code logLimit}. */
    public static final int DEFAULT_LOG_LIMIT = 100;

    private final ApplicationContext context;
    private final String target;
    private final Duration statusCache;

    /**
     * Reports the engines of {@code context} and its parents, with pending revisions counted up to {@code target}.
     *
     * @param context the application context whose {@code Retort} beans are reported, with its parents'
     * @param target the revision identifier pending revisions are counted up to
     */
    public RetortEndpoint(ApplicationContext context, String target) {
        this(context, target, Duration.ZERO);
    }

    /**
     * Like {@link #RetortEndpoint(ApplicationContext, String)}, reusing one read of the state for {@code statusCache}.
     *
     * @param context the application context whose {@code Retort} beans are reported, with its parents'
     * @param target the revision identifier pending revisions are counted up to
     * @param statusCache how long one read of the state tables answers requests ({@code retort.status-cache})
     */
    public RetortEndpoint(ApplicationContext context, String target, Duration statusCache) {
        this.context = context;
        this.target = target;
        this.statusCache = statusCache;
    }

    /**
     * {@return every context's engines, their state, revisions and a page of their history, newest first}
     * Read by {@code GET /actuator/migrations?logOffset=&logLimit=}.
     *
     * @param logOffset how many of the newest history rows to skip (default 0)
     * @param logLimit how many history rows to return (default {@value #DEFAULT_LOG_LIMIT})
     */
    @ReadOperation
    public MigrationsDescriptor migrations(@Nullable Integer logOffset, @Nullable Integer logLimit) {
        int offset = Math.max(0, logOffset == null ? 0 : logOffset);
        int limit = Math.max(0, logLimit == null ? DEFAULT_LOG_LIMIT : logLimit);
        Map<String, MigrationsDescriptor.ContextMigrations> contexts = new LinkedHashMap<>();
        for (ApplicationContext c = context; c != null; c = c.getParent()) {
            Map<String, MigrationsDescriptor.EngineDescriptor> engines = new LinkedHashMap<>();
            Map<String, TenantResults<?>> tenants = c.getBeanProvider(TenantMigrations.class)
                    .getIfAvailable(TenantMigrations::new).results();
            c.getBeansOfType(Retort.class, false, true).forEach((name, retort) -> {
                if (!tenants.containsKey(name)) {
                    engines.put(name, MigrationsDescriptor.EngineDescriptor.of(
                            retort.status(target, statusCache), offset, limit));
                    return;
                }
                // an engine with tenants has no state of its own: each tenant schema is listed as <engine>/<schema>
                tenants.get(name).results().forEach(t -> engines.put(name + "/" + t.schema(),
                        MigrationsDescriptor.EngineDescriptor.of(
                                retort.forSchema(t.schema()).status(target, statusCache), offset, limit)));
            });
            ApplicationContext parent = c.getParent();
            contexts.put(c.getId(), new MigrationsDescriptor.ContextMigrations(engines,
                    parent == null ? null : parent.getId()));
        }
        return new MigrationsDescriptor(contexts);
    }

    /**
     * One revision by any identifier of SPEC §3 ({@code head}, a prefix, {@code billing@head}, ...), with its SQL.
     *
     * @param revision the revision identifier, resolved in each engine's graph
     * @return the revision in each engine that has it
     */
    @ReadOperation
    public RevisionDetailDescriptor revision(@Selector String revision) {
        Map<String, Retort> engines = context.getBeansOfType(Retort.class, false, true);
        RetortException firstError = null;
        for (Map.Entry<String, Retort> engine : engines.entrySet()) {
            try {
                return describe(engine.getKey(), engine.getValue(), revision);
            } catch (RetortException e) {
                firstError = firstError == null ? e : firstError;
            }
        }
        String reason = firstError == null ? "no Retort engine is configured" : firstError.getMessage();
        throw new InvalidEndpointRequestException("Cannot show revision '" + revision + "': " + reason, reason);
    }

    private RevisionDetailDescriptor describe(String engine, Retort retort, String identifier) {
        ShowCommand.Result shown = retort.show(identifier);
        RevisionSummary r = shown.revision();
        StatusCommand.RevisionStatus status = retort.status(target, statusCache).revisions().stream()
                .filter(s -> s.revision().revision().equals(r.revision()))
                .findFirst().orElse(null);
        return new RevisionDetailDescriptor(engine, r.revision(), r.downRevisions(), r.branchLabels(), r.dependsOn(),
                shown.children(), r.message(),
                status == null ? null : status.state().name().toLowerCase(Locale.ROOT),
                status == null ? null : status.appliedAt(), status == null ? null : status.durationMs(),
                r.checksum(), r.source(), shown.upgradeSql(), shown.downgradeSql());
    }
}
