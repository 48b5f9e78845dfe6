package dev.retort.autoconfigure;

import dev.retort.JavaRevision;
import dev.retort.MigrationListener;
import dev.retort.Retort;
import dev.retort.RetortConfiguration;
import dev.retort.config.ConfigResolver;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Builds the {@link Retort} engine from {@code retort.*} and the application's DataSource, and migrates the
 * database at startup before anything that depends on database initialization.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Retort.class)
@ConditionalOnBooleanProperty(name = "retort.enabled", matchIfMissing = true)
@Conditional(RetortAutoConfiguration.DatabaseCondition.class)
@EnableConfigurationProperties(RetortProperties.class)
@Import({ DatabaseInitializationDependencyConfigurer.class, NamedEnginesRegistrar.class })
public class RetortAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RetortAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(RetortConnectionDetails.class)
    PropertiesRetortConnectionDetails retortConnectionDetails(RetortProperties properties) {
        return new PropertiesRetortConnectionDetails(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    @Conditional(NoNamedEnginesCondition.class)
    Retort retort(RetortProperties properties, ResourceLoader resourceLoader,
            @RetortDataSource ObjectProvider<DataSource> retortDataSource, ObjectProvider<DataSource> dataSource,
            RetortConnectionDetails retortConnectionDetails, ObjectProvider<JdbcConnectionDetails> connectionDetails,
            ObjectProvider<JavaRevision> javaRevisions, ObjectProvider<MigrationListener> listeners,
            ObjectProvider<RetortConfigurationCustomizer> customizers, Environment environment,
            BeanFactory beanFactory) {
        ClassLoader classLoader = resourceLoader.getClassLoader();
        MigrationDataSources.Migration migration = new MigrationDataSources(classLoader)
                .resolve(retortDataSource.getIfAvailable(), dataSource, retortConnectionDetails, connectionDetails);
        return build("retort", properties, migration, classLoader, javaRevisions.orderedStream().toList(),
                listeners.orderedStream().toList(), customizers.orderedStream().toList(), environment, beanFactory,
                () -> RevisionPreload.take(environment));
    }

    /**
     * Builds one engine from its properties and DataSource: the single engine's, or a {@code retort.datasources}
     * engine's; {@code ahead} gives the revisions read ahead ({@link RevisionPreload}) or {@code null}.
     */
    static Retort build(String engine, RetortProperties properties, MigrationDataSources.Migration migration,
            ClassLoader classLoader, List<JavaRevision> javaRevisions, List<MigrationListener> listeners,
            List<RetortConfigurationCustomizer> customizers, Environment environment, BeanFactory beanFactory,
            Supplier<Retort> ahead) {
        List<MigrationListener> engineListeners = listeners.stream()
                .map(l -> l instanceof EngineScopedListener scoped ? scoped.forEngine(engine) : l).toList();
        RetortConfiguration configuration = Retort.configure()
                .dataSource(migration.dataSource())
                .secretsOf(migration.jdbcUrl(), migration.password())
                .locations(properties.getLocations())
                .failOnMissingLocations(properties.isFailOnMissingLocations())
                .versionTable(properties.getVersionTable())
                .historyTable(properties.getHistoryTable())
                .schema(properties.getSchema())
                .transactionMode(properties.getTransactionMode())
                .lock(properties.getLock().isEnabled(), properties.getLock().getTimeout())
                .validateChecksums(properties.isValidateChecksums())
                .placeholders(properties.getPlaceholders())
                .placeholderReplacement(properties.isPlaceholderReplacement())
                .autogenerateSchema(properties.getAutogenerate().getSchema())
                .autogenerateExcludeTables(properties.getAutogenerate().getExcludeTables())
                .autogenerateSource(properties.getAutogenerate().getSource(),
                        autogenerateSettings(properties.getAutogenerate(), environment, beanFactory))
                .connectRetries(properties.getConnectRetries())
                .connectRetriesInterval(properties.getConnectRetriesInterval())
                .baselineOnUpgrade(properties.isBaselineOnUpgrade())
                .baselineRevision(properties.getBaselineRevision())
                .createSchemas(properties.isCreateSchemas())
                .initSqls(properties.getInitSqls())
                .installedBy(properties.getInstalledBy())
                .javaRevisions(javaRevisions)
                .listener(new CompositeMigrationListener(engineListeners));
        if (classLoader != null) {
            configuration.classLoader(classLoader);
        }
        // The URL tells the dialect without a connection; otherwise the engine learns it on first use, so the
        // application starts while the database is down (retort.startup=none).
        Dialect dialect = Dialects.forUrl(migration.jdbcUrl(), configuration.classLoader());
        if (dialect != null) {
            configuration.dialect(dialect.name());
        }
        customizers.forEach(customizer -> customizer.customize(configuration));
        // the revisions read ahead when they are the ones this configuration reads; otherwise read here, as always
        Retort read = ahead.get();
        boolean readAhead = read != null && configuration.loadsSameRevisionsAs(read.context().config());
        if (read != null) {
            log.debug("Engine {}: {} the revisions read ahead", engine,
                    readAhead ? "using" : "not using (other settings)");
        }
        if (!readAhead && properties.getStartup() != RetortProperties.Startup.NONE
                && configuration.dataSource() != null) {
            // the startup upgrade's first connection, opened while the revisions are read and parsed here; with them
            // read ahead there is nothing left to overlap, and the upgrade opens it on this thread
            FirstConnection.openInBackground(engine, configuration.dataSource());
        }
        return configuration.load(read);
    }

    /**
     * What the {@code jpa} source needs to build the entities as the application does: their packages (Spring
     * Boot's: those of {@code @SpringBootApplication}, unless {@code retort.autogenerate.entity-packages} names
     * others) and the {@code spring.jpa.*} naming, platform and Hibernate settings. Nothing for the schema files.
     */
    static Map<String, String> autogenerateSettings(RetortProperties.Autogenerate autogenerate, Environment environment,
            BeanFactory beanFactory) {
        if (!"jpa".equalsIgnoreCase(String.valueOf(autogenerate.getSource()).strip())) {
            return Map.of();
        }
        Map<String, String> spring = new LinkedHashMap<>();
        for (String key : ConfigResolver.SPRING_JPA_KEYS) {
            String value = environment.getProperty(key);
            if (value != null) {
                spring.put(key, value);
            }
        }
        Binder.get(environment).bind("spring.jpa.properties", Bindable.mapOf(String.class, String.class))
                .ifBound(hibernate -> hibernate.forEach((k, v) -> spring.put("spring.jpa.properties." + k, v)));
        Map<String, String> settings = new LinkedHashMap<>(ConfigResolver.jpaSettings(spring));
        List<String> packages = autogenerate.getEntityPackages();
        if (packages.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
            packages = AutoConfigurationPackages.get(beanFactory);
        }
        if (!packages.isEmpty()) {
            settings.put("autogenerate.entity-packages", String.join(",", packages));
        }
        return settings;
    }

    @Bean
    @ConditionalOnMissingBean
    RetortMigrationStrategy retortMigrationStrategy(RetortProperties properties) {
        return new StartupMigrationStrategy(properties.getStartup(), properties.getTarget(), properties.isDryRun());
    }

    @Bean
    @ConditionalOnMissingBean
    TenantMigrations retortTenantMigrations() {
        return new TenantMigrations();
    }

    /**
     * Migrates every Retort bean (the single engine, the named ones, the application's own) with its startup settings:
     * a named engine's {@code retort.datasources.<name>.*}, {@code retort.*} for the others.
     */
    @Bean
    @ConditionalOnMissingBean
    RetortMigrationInitializer retortMigrationInitializer(ListableBeanFactory beans, RetortMigrationStrategy strategy,
            RetortProperties properties, ObjectProvider<RetortTenants> tenants, TenantMigrations tenantMigrations,
            Environment environment) {
        Map<String, Retort> engines = beans.getBeansOfType(Retort.class);
        // only a <name>Retort bean can be a named engine: the usual single "retort" engine skips binding
        // retort.datasources and searching the DataSources for qualifiers
        Set<String> named = engines.keySet().stream().anyMatch(e -> e.endsWith(NamedEngines.BEAN_NAME_SUFFIX))
                ? NamedEngines.names(environment, beans) : Set.of();
        List<RetortTenants> tenantBeans = tenants.orderedStream().toList();
        return new RetortMigrationInitializer(engines, engine -> {
            String name = named.stream().filter(n -> NamedEngines.beanName(n).equals(engine)).findFirst().orElse(null);
            RetortProperties p = name == null ? properties : NamedEngines.properties(environment, name);
            // a strategy bean of the application's applies to every engine; the default one follows each engine's
            RetortMigrationStrategy s = strategy instanceof StartupMigrationStrategy && name != null
                    ? new StartupMigrationStrategy(p.getStartup(), p.getTarget(), p.isDryRun()) : strategy;
            return new RetortMigrationInitializer.EngineStartup(s, p.getTenants(), RetortMigrationInitializer
                    .schemas(engine, engines.get(engine), p.getTenants().getSchemas(), tenantBeans));
        }, tenantMigrations);
    }

    @Bean
    RetortSchemaManagementProvider retortSchemaManagementProvider(ObjectProvider<Retort> engines) {
        return new RetortSchemaManagementProvider(engines);
    }

    /** Whether {@code retort.datasources} or {@code @RetortDataSource("<name>")} beans name engines. */
    static class NamedEnginesCondition extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Set<String> names = NamedEngines.names(context.getEnvironment(), context.getBeanFactory());
            return names.isEmpty() ? ConditionOutcome.noMatch("no named engines")
                    : ConditionOutcome.match("named engines " + names + " (retort.datasources, @RetortDataSource)");
        }
    }

    /** The single engine of {@code retort.*} exists unless {@code retort.datasources} names engines. */
    static final class NoNamedEnginesCondition extends NamedEnginesCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            ConditionOutcome named = super.getMatchOutcome(context, metadata);
            return new ConditionOutcome(!named.isMatch(), named.getConditionMessage());
        }
    }

    /** Active with a DataSource bean, JDBC connection details, or {@code retort.url}. */
    static final class DatabaseCondition extends AnyNestedCondition {

        DatabaseCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBeanCondition {
        }

        @ConditionalOnBean(JdbcConnectionDetails.class)
        private static final class ConnectionDetailsCondition {
        }

        @ConditionalOnProperty("retort.url")
        private static final class UrlCondition {
        }

        @Conditional(NamedEnginesCondition.class)
        private static final class NamedEnginesPresent {
        }
    }
}
