package dev.retort.autoconfigure;

import dev.retort.ConfigurationException;
import dev.retort.Retort;
import dev.retort.command.MigrationResult;
import dev.retort.command.ValidateCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link RetortMigrationStrategy}: upgrade, validate or do nothing as {@code retort.startup} says;
 * with {@code retort.dry-run} an upgrade logs its SQL instead of running it.
 */
public final class StartupMigrationStrategy implements RetortMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(StartupMigrationStrategy.class);

    private final RetortProperties.Startup startup;
    private final String target;
    private final boolean dryRun;

    /**
     * The strategy for the {@code retort.startup}, {@code retort.target} and {@code retort.dry-run} properties.
     *
     * @param startup what to do
     * @param target the revision identifier to upgrade or validate to
     * @param dryRun whether an upgrade logs its SQL instead of running it
     */
    public StartupMigrationStrategy(RetortProperties.Startup startup, String target, boolean dryRun) {
        if (startup != RetortProperties.Startup.NONE && (target == null || target.isBlank())) {
            // an empty value must never mean base: say so before the application starts migrating
            throw new ConfigurationException("retort.target is empty: set it to a revision, head (the default) or "
                    + "heads, or remove the property");
        }
        this.startup = startup;
        this.target = target;
        this.dryRun = dryRun;
    }

    @Override
    public void migrate(Retort retort) {
        switch (startup) {
            case UPGRADE -> upgrade(retort);
            case VALIDATE -> validate(retort);
            case NONE -> log.debug("retort.startup=none: leaving the database as it is");
        }
    }

    private void validate(Retort retort) {
        ValidateCommand.Result result = new ValidateCommand(retort.context()).require(target);
        log.info("retort.startup=validate: the database is at {} ({}) with unchanged scripts", target,
                result.current().isEmpty() ? "base" : String.join(", ", result.current()));
    }

    private void upgrade(Retort retort) {
        if (!dryRun) {
            retort.upgrade(target);
            return;
        }
        MigrationResult result = retort.upgradeDryRun(target);
        String sql = result.sql() == null || result.sql().isBlank() ? "-- nothing to do\n" : result.sql();
        log.info("retort.dry-run=true: the database was not changed; upgrading to {} would run:\n{}", target, sql);
    }
}
