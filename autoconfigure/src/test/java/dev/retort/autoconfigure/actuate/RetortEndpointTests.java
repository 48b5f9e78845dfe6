package dev.retort.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.autoconfigure.RetortAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RetortEndpointTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, RetortAutoConfiguration.class,
                    EndpointAutoConfiguration.class, RetortEndpointAutoConfiguration.class))
            .withPropertyValues("management.endpoints.web.exposure.include=migrations");

    @Test
    void describesEveryRevisionNewestFirstWithItsState() {
        runner.withPropertyValues("retort.target=1a2b3c4d5e01").run(ctx -> {
            MigrationsDescriptor.EngineDescriptor engine = ctx.getBean(RetortEndpoint.class).migrations(null, null).contexts()
                    .get(ctx.getId()).engines().get("retort");
            assertThat(engine.versionTable()).isEqualTo("retort_version");
            assertThat(engine.current()).containsExactly("1a2b3c4d5e01");
            assertThat(engine.heads()).containsExactly("1a2b3c4d5e02");
            assertThat(engine.upToDate()).isTrue();
            assertThat(engine.revisions()).extracting(MigrationsDescriptor.RevisionDescriptor::revision,
                    MigrationsDescriptor.RevisionDescriptor::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("1a2b3c4d5e02", "pending"),
                            org.assertj.core.groups.Tuple.tuple("1a2b3c4d5e01", "current"));
            assertThat(engine.revisions().get(1).appliedAt()).isNotNull();
            assertThat(engine.revisions().get(0).appliedAt()).isNull();
            assertThat(engine.revisions().get(1).file()).endsWith("1a2b3c4d5e01_create_widget.sql");
            assertThat(engine.log()).singleElement().satisfies(e -> {
                assertThat(e.operation()).isEqualTo("upgrade");
                assertThat(e.revision()).isEqualTo("1a2b3c4d5e01");
                assertThat(e.success()).isTrue();
            });
        });
    }

    @Test
    void pagesTheLogNewestFirstWithABoundedDefault() {
        runner.withPropertyValues("retort.target=1a2b3c4d5e02").run(ctx -> {
            RetortEndpoint endpoint = ctx.getBean(RetortEndpoint.class);
            MigrationsDescriptor.EngineDescriptor all = endpoint.migrations(null, null).contexts().get(ctx.getId())
                    .engines().get("retort");
            assertThat(all.log()).extracting(MigrationsDescriptor.LogEntryDescriptor::revision)
                    .containsExactly("1a2b3c4d5e02", "1a2b3c4d5e01");
            MigrationsDescriptor.EngineDescriptor second = endpoint.migrations(1, 1).contexts().get(ctx.getId())
                    .engines().get("retort");
            assertThat(second.log()).extracting(MigrationsDescriptor.LogEntryDescriptor::revision)
                    .containsExactly("1a2b3c4d5e01");
            assertThat(RetortEndpoint.DEFAULT_LOG_LIMIT).isEqualTo(100);
        });
    }

    @Test
    void listsTheEnginesOfEveryContextByBeanNameWithTheParentId() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        RetortAutoConfiguration.class))
                .run(parent -> new ApplicationContextRunner().withParent(parent)
                        .withConfiguration(AutoConfigurations.of(EndpointAutoConfiguration.class,
                                RetortEndpointAutoConfiguration.class))
                        .withPropertyValues("management.endpoints.web.exposure.include=migrations")
                        .run(child -> {
                            var contexts = child.getBean(RetortEndpoint.class).migrations(null, null).contexts();
                            assertThat(contexts).containsOnlyKeys(child.getId(), parent.getId());
                            assertThat(contexts.get(child.getId()).parentId()).isEqualTo(parent.getId());
                            assertThat(contexts.get(child.getId()).engines()).isEmpty();
                            assertThat(contexts.get(parent.getId()).parentId()).isNull();
                            assertThat(contexts.get(parent.getId()).engines()).containsOnlyKeys("retort");
                        }));
    }

    @Test
    void showsOneRevisionByAnyIdentifierWithItsSql() {
        runner.run(ctx -> {
            RetortEndpoint endpoint = ctx.getBean(RetortEndpoint.class);
            RevisionDetailDescriptor byPrefix = endpoint.revision("1a2b3c4d5e01");
            assertThat(byPrefix.state()).isEqualTo("applied");
            assertThat(byPrefix.upgradeSql()).contains("CREATE TABLE widget");
            assertThat(byPrefix.downgradeSql()).contains("DROP TABLE widget");
            assertThat(byPrefix.children()).containsExactly("1a2b3c4d5e02");
            assertThat(endpoint.revision("head").revision()).isEqualTo("1a2b3c4d5e02");
            assertThat(endpoint.revision("head").state()).isEqualTo("current");
        });
    }

    @Test
    void anIdentifierThatResolvesToNoRevisionIsABadRequest() {
        runner.run(ctx -> assertThatThrownBy(() -> ctx.getBean(RetortEndpoint.class).revision("zzz"))
                .isInstanceOf(InvalidEndpointRequestException.class)
                .hasMessageContaining("Cannot show revision 'zzz'"));
    }

    @Test
    void absentWhenTheEndpointIsNotExposed() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        RetortAutoConfiguration.class, EndpointAutoConfiguration.class,
                        RetortEndpointAutoConfiguration.class))
                .run(ctx -> assertThat(ctx).doesNotHaveBean(RetortEndpoint.class));
    }
}
