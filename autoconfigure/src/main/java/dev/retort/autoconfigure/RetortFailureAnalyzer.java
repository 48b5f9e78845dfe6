package dev.retort.autoconfigure;

import dev.retort.RetortException;
import dev.retort.command.ValidateCommand;
import dev.retort.dialect.LockTimeoutException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a Retort error that stops startup into Spring Boot's "APPLICATION FAILED TO START" report. */
class RetortFailureAnalyzer extends AbstractFailureAnalyzer<RetortException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RetortException cause) {
        return new FailureAnalysis("Retort stopped the application at startup:\n\n" + cause.getMessage(),
                action(cause), cause);
    }

    private static String action(RetortException cause) {
        if (cause instanceof ValidateCommand.ValidationException) {
            return "Upgrade the database (set retort.startup=upgrade, or run 'retort upgrade' in a release step), "
                    + "or set retort.target to the revision it is at.";
        }
        if (cause instanceof LockTimeoutException) {
            return "Wait for the other instance's migration to finish, or raise retort.lock.timeout.";
        }
        return "Fix the cause above, then restart. GET /actuator/migrations or 'retort history' shows the "
                + "database's migration state.";
    }
}
