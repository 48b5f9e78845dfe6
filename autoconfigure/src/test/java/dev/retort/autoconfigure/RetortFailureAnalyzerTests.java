package dev.retort.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RetortFailureAnalyzerTests {

    @Test
    void explainsAValidationFailureAndWhatToDo() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        RetortAutoConfiguration.class))
                .withPropertyValues("retort.startup=validate")
                .run(ctx -> {
                    FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(ctx.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("revision 1a2b3c4d5e01").contains("is pending");
                    assertThat(analysis.getAction()).contains("retort.startup=upgrade");
                });
    }

    @Test
    void explainsAFailingRevision() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        RetortAutoConfiguration.class))
                .withPropertyValues("retort.locations=classpath:db/failing")
                .run(ctx -> {
                    FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(ctx.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("1a2b3c4d5eff").contains("NO_SUCH_TABLE");
                    assertThat(analysis.getAction()).contains("/actuator/migrations");
                });
    }
}
