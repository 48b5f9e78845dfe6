package dev.retort.exec;

import dev.retort.ConfigurationException;
import dev.retort.MigrationListener;
import dev.retort.RetortException;
import dev.retort.RevisionContext;
import dev.retort.TransactionMode;
import dev.retort.dialect.DatabaseLock;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.LockLostException;
import dev.retort.graph.MigrationPlan;
import dev.retort.graph.PlanStep;
import dev.retort.graph.VersionChange;
import dev.retort.script.RevisionBody;
import dev.retort.script.RevisionScript;
import dev.retort.script.SqlStatement;
import dev.retort.state.Bookkeeping;
import dev.retort.state.HistoryEntry;
import dev.retort.state.StateTables;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a plan on one connection. Per revision by default: statements, version rows and the history
 * row commit together. Non-transactional revisions (and every revision where DDL is not
 * transactional) record a "started" history row first, so a failure part-way is visible to the next run.
 */
public final class MigrationExecutor {

    private static final Logger log = LoggerFactory.getLogger(MigrationExecutor.class);

    private final Dialect dialect;
    private final StateTables tables;
    private final TransactionMode mode;
    private final MigrationListener listener;
    private final String installedBy;
    private final String retortVersion;
    private DatabaseLock lock = DatabaseLock.NONE;
    private boolean lockOnConnection;

    /**
     * @param dialect the database's dialect
     * @param tables the version and history tables
     * @param mode how revisions are wrapped in transactions
     * @param listener hears each step
     * @param installedBy the name recorded in the history table
     * @param retortVersion the version recorded in the history table
     */
    public MigrationExecutor(Dialect dialect, StateTables tables, TransactionMode mode, MigrationListener listener,
            String installedBy, String retortVersion) {
        this.dialect = dialect;
        this.tables = tables;
        this.mode = mode;
        this.listener = listener;
        this.installedBy = installedBy;
        this.retortVersion = retortVersion;
    }

    /**
     * Makes each revision check that the migration lock is still held before it commits, and stop when it is not.
     *
     * @param lock the held migration lock
     * @param onConnection whether the lock belongs to the migration connection's session (it ends with it)
     * @return this executor
     */
    public MigrationExecutor lockedBy(DatabaseLock lock, boolean onConnection) {
        this.lock = lock;
        this.lockOnConnection = onConnection;
        return this;
    }

    /**
     * Runs {@code plan} on {@code c}, recording each step in the version and history tables.
     *
     * @param plan the steps to run
     * @param c the migration connection
     * @return the steps that ran
     * @throws SQLException when the state tables cannot be read or written
     */
    public List<AppliedStep> execute(MigrationPlan plan, Connection c) throws SQLException {
        listener.beforePlan(plan);
        try (Bookkeeping book = tables.bookkeeping(c, lockOnConnection ? lock.heldQuery() : null)) {
            if (mode == TransactionMode.ALL && !plan.isEmpty()) {
                return executeAll(plan, c, book);
            }
            List<PlanStep> steps = plan.steps();
            List<AppliedStep> done = new ArrayList<>(steps.size());
            Carry carry = new Carry();
            try {
                for (int i = 0; i < steps.size(); i++) {
                    PlanStep next = i + 1 < steps.size() ? steps.get(i + 1) : null;
                    done.add(runStep(steps.get(i), next, c, book, carry, i + 1, steps.size()));
                }
            } catch (SQLException | RuntimeException | Error e) {
                if (carry.pending()) { // the run stopped between a step and the next, whose row is committed
                    finishQuietly(c, book, carry.take(), Boolean.FALSE, null, "The run stopped before the first "
                            + "statement of this step: " + e.getMessage(), 0, e);
                }
                throw e;
            }
            return done;
        } finally {
            closeStatement();
        }
    }

    /**
     * The "started" history row of the next step, inserted and committed with the previous step's bookkeeping (see
     * {@link #runNonTransactional}), if any.
     */
    private static final class Carry {
        private static final long NONE = Long.MIN_VALUE;
        private long id = NONE;
        /** The step's statements, its first (DDL) split off already. */
        private Opening opening;

        boolean pending() {
            return id != NONE;
        }

        void set(long startedId, Opening startedOpening) {
            id = startedId;
            opening = startedOpening;
        }

        long take() {
            long taken = id;
            id = NONE;
            opening = null;
            return taken;
        }
    }

    /** Whether a step runs in a transaction of its own; else it records a "started" row before its statements. */
    private boolean transactional(PlanStep step) {
        return step.isStamp() || dialect.transactionalDdl() && step.script().transactional();
    }

    /** Refuses transaction-mode=all on a database without transactional DDL; call it before anything runs. */
    public void checkMode() {
        checkMode(dialect, mode);
    }

    private static void checkMode(Dialect dialect, TransactionMode mode) {
        if (mode == TransactionMode.ALL && !dialect.transactionalDdl()) {
            throw new ConfigurationException("retort.transaction-mode=all needs transactional DDL, which "
                    + dialect.name() + " does not have (DDL commits implicitly), so nothing was run. "
                    + "Use retort.transaction-mode=per-revision");
        }
    }

    /**
     * Refuses transaction-mode=all where it cannot hold for this plan: the message says why.
     *
     * @param plan the plan about to run
     */
    public void checkAllMode(MigrationPlan plan) {
        checkAllMode(dialect, mode, plan);
    }

    /** The same check for a plan rendered as offline SQL, which must hold in one transaction just as well. */
    public static void checkAllMode(Dialect dialect, TransactionMode mode, MigrationPlan plan) {
        if (mode != TransactionMode.ALL) {
            return;
        }
        checkMode(dialect, mode);
        for (PlanStep step : plan.steps()) {
            if (step.script() != null && !step.script().transactional()) {
                throw new RetortException("retort.transaction-mode=all cannot include revision " + step.script().id()
                        + " (" + step.script().source() + "), which is declared 'transactional: false'. "
                        + "Upgrade to the revision before it first, or use transaction-mode=per-revision");
            }
        }
    }

    private List<AppliedStep> executeAll(MigrationPlan plan, Connection c, Bookkeeping book) throws SQLException {
        checkAllMode(plan);
        c.setAutoCommit(false);
        List<AppliedStep> done = new ArrayList<>();
        PlanStep current = null;
        long start = 0;
        boolean open = false; // beforeStep was called and afterStep not yet
        try {
            for (PlanStep step : plan.steps()) {
                current = step;
                start = System.nanoTime();
                Instant startedAt = Instant.now();
                listener.beforeStep(step);
                open = true;
                runBody(step, c, false);
                long ms = (System.nanoTime() - start) / 1_000_000;
                book.recordApplied(step.versionChanges(), entry(step, startedAt, true, null, null, ms));
                open = false;
                listener.afterStep(step, Duration.ofNanos(System.nanoTime() - start), null);
                done.add(AppliedStep.of(step, ms));
            }
            checkLock(current, "The whole plan was rolled back (transaction-mode=all)");
            c.commit();
            return done;
        } catch (StepFailure f) {
            rollbackQuietly(c, f);
            listener.afterStep(current, Duration.ofNanos(System.nanoTime() - start), f.getCause());
            recordFailure(c, current, f, false);
            throw f.toException(current, false, "The whole plan was rolled back (transaction-mode=all): nothing of it "
                    + "was applied. Fix the statement and run the upgrade again.");
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c, e);
            if (open) {
                listener.afterStep(current, Duration.ofNanos(System.nanoTime() - start), e);
            }
            throw e;
        }
    }

    /**
     * Records a stamp that left the version rows as they were ({@code heads}): the user undid a partial migration by
     * hand, and this row settles it so the next run goes ahead.
     *
     * @param c the migration connection
     * @param partial the history row of the partial step
     * @param heads the version rows
     * @throws SQLException when the history table cannot be written
     */
    public void recordSettled(Connection c, HistoryEntry partial, List<String> heads) throws SQLException {
        c.setAutoCommit(true);
        tables.insertHistory(c, new HistoryEntry(0, partial.revision(), PlanStep.Operation.STAMP.sqlName(), heads,
                heads, "settles the partial " + partial.operation() + " of " + partial.revision(), null, true, null,
                null, Instant.now(), 0L, installedBy, retortVersion));
    }

    private AppliedStep runStep(PlanStep step, PlanStep next, Connection c, Bookkeeping book, Carry carry, int n,
            int total) throws SQLException {
        boolean transactional = transactional(step);
        long start = System.nanoTime();
        Instant startedAt = Instant.now();
        listener.beforeStep(step);
        Throwable failure = null;
        try {
            if (transactional) {
                runTransactional(step, c, book, start, startedAt);
            } else {
                runNonTransactional(step, next, c, book, carry, start, startedAt);
            }
        } catch (StepFailed f) {
            failure = f.cause;
            MigrationFailedException lost = connectionLost(c, step, f.exception);
            throw lost != null ? lost : f.exception;
        } catch (SQLException e) {
            failure = e;
            MigrationFailedException lost = connectionLost(c, step, e);
            if (lost != null) {
                throw lost;
            }
            throw e;
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            // paired on every path, so an observation and its scope never stay open on the thread
            listener.afterStep(step, Duration.ofNanos(System.nanoTime() - start), failure);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!step.isStamp() && log.isInfoEnabled()) {
            log.info("{} {} ({}/{}) {} in {} ms", step.operation().sqlName(), step.revision(), n, total,
                    message(step), ms);
        }
        return AppliedStep.of(step, ms);
    }

    private void runTransactional(PlanStep step, Connection c, Bookkeeping book, long start, Instant startedAt)
            throws SQLException, StepFailed {
        c.setAutoCommit(false);
        try {
            runBody(step, c, false);
            long ms = (System.nanoTime() - start) / 1_000_000;
            Boolean held = book.recordApplied(step.versionChanges(), entry(step, startedAt, true, null, null, ms));
            if (!Boolean.TRUE.equals(held)) { // asked in the same statement where it could be, else now
                checkLock(step, "Its transaction was rolled back");
                if (held != null) {
                    throw new LockLostException("The migration lock is no longer held by this session, so Retort "
                            + "stopped before committing the " + step.operation().sqlName() + " of revision "
                            + step.revision() + ". Its transaction was rolled back.");
                }
            }
            c.commit();
        } catch (StepFailure f) {
            rollbackQuietly(c, f);
            recordFailure(c, step, f, false);
            throw new StepFailed(f.getCause(), f.toException(step, false, "Nothing of revision " + step.revision()
                    + " was applied (its transaction was rolled back). Fix the statement and run the command again."));
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c, e);
            throw e;
        }
    }

    private void runNonTransactional(PlanStep step, PlanStep next, Connection c, Bookkeeping book, Carry carry,
            long start, Instant startedAt) throws SQLException, StepFailed {
        RevisionBody.Sql sql = sqlBody(step);
        boolean carried = carry.pending();
        Iterator<SqlStatement> statements = carried ? carry.opening.rest() : sql == null ? null : sql.iterator();
        SqlStatement first = carried ? carry.opening.first()
                : statements != null && statements.hasNext() ? statements.next() : null;
        // The "started" row must be committed before anything of the revision can outlive a crash. When the previous
        // step committed it with its own bookkeeping (and checked the lock just before), it is there already. Else,
        // where the first statement commits the open transaction before it acts (DDL on MariaDB and H2) or joins it,
        // the row waits in that transaction and the statement commits it; otherwise, as for Java revisions, the row
        // commits on its own first. The rest of the revision then runs in the open transaction and its last
        // statements commit with the bookkeeping; a failure commits what ran before it, as auto-commit did.
        boolean deferred = carried || first != null && dialect.commitsOrJoinsTransaction(first.sql());
        c.setAutoCommit(!deferred);
        long historyId;
        if (carried) {
            historyId = carry.take();
        } else {
            if (!book.asksLock()) {
                checkLock(step, "Nothing of it ran");
            }
            historyId = book.insertStartedHistory(entry(step, startedAt, null, null, null, null));
            if (historyId == Bookkeeping.LOCK_NOT_HELD) { // the insert asked for the lock and wrote nothing
                checkLock(step, "Nothing of it ran");
                throw new LockLostException("The migration lock is no longer held by this session, so Retort "
                        + "stopped before the " + step.operation().sqlName() + " of revision " + step.revision()
                        + ". Nothing of it ran.");
            }
        }
        try {
            if (sql == null) {
                runBody(step, c, true);
            } else {
                runSql(sql.count(), first, statements, c);
            }
        } catch (StepFailure f) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            boolean partial = f.index > 1;
            MigrationFailedException failure = f.toException(step, partial, partial ? partialAdvice(step, f.index)
                    : "Nothing of revision " + step.revision() + " was applied (the first statement failed). "
                        + "Fix the statement and run the command again.");
            finishQuietly(c, book, historyId, partial ? null : Boolean.FALSE, f.index, f.describe(), ms, failure);
            throw new StepFailed(f.getCause(), failure);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        List<VersionChange> changes = step.versionChanges();
        boolean oneRow = book.updatesOneVersionRow(changes);
        // the lock check rides on the version row's update where the dialect can ask in a statement
        boolean asksInUpdate = oneRow && book.asksLock();
        if (!asksInUpdate) {
            stopIfLockLost(c, book, step, historyId, ms);
        }
        if (oneRow && !deferred) { // one multi-table statement, atomic on its own in auto-commit
            if (!book.finishAppliedInOneStatement(changes, historyId, ms)) {
                stopIfLockLost(c, book, step, historyId, ms);
                book.refuseMissingVersionRow(changes);
            }
            return;
        }
        c.setAutoCommit(false);
        try {
            // in the open transaction two single-row statements cost MariaDB less than the multi-table update
            if (asksInUpdate) {
                if (!book.updateVersionWhileLocked(changes)) {
                    stopIfLockLost(c, book, step, historyId, ms);
                    book.refuseMissingVersionRow(changes);
                }
            } else {
                book.apply(changes);
            }
            book.finishHistory(historyId, true, null, null, ms);
            Opening opening = next == null ? null : implicitCommitOpening(next);
            long nextId = opening != null ? carryStarted(book, next) : Carry.NONE;
            c.commit();
            if (nextId != Carry.NONE) {
                carry.set(nextId, opening);
            }
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(c, e);
            throw e;
        }
    }

    /**
     * {@code step}'s first statement and the rest, when the step is non-transactional and that statement commits the
     * open transaction before it acts (or joins it), which would commit the step's "started" row: that row can as
     * well commit with the step before. Else null.
     */
    private Opening implicitCommitOpening(PlanStep step) {
        RevisionBody.Sql sql = transactional(step) ? null : sqlBody(step);
        if (sql == null) {
            return null;
        }
        try {
            Iterator<SqlStatement> it = sql.iterator();
            if (!it.hasNext()) {
                return null;
            }
            SqlStatement first = it.next();
            return dialect.commitsOrJoinsTransaction(first.sql()) ? new Opening(first, it) : null;
        } catch (RuntimeException e) { // the plan split it already; should it fail now, the step reports it itself
            return null;
        }
    }

    /** A step's first statement, already split off (and checked), and its other statements. */
    private record Opening(SqlStatement first, Iterator<SqlStatement> rest) {
    }

    /**
     * Inserts the "started" row of the next step, one whose first statement would commit it (see
     * {@link #implicitCommitOpening}), in this step's finishing transaction: one commit (one fsync on MariaDB)
     * records both, and that statement then commits nothing of Retort's. The price: a crash or a killed session
     * between the two steps leaves a started row of a step none of whose statements ran, which the next run reports
     * like any interrupted step (before, its row and its first statement committed together). Java revisions and
     * steps that start with data keep committing their own row first. The lock was checked just now.
     *
     * @return the row's id, or {@link Carry#NONE} when the lock is gone and nothing was inserted (the step then
     *     finds out itself)
     */
    private long carryStarted(Bookkeeping book, PlanStep next) throws SQLException {
        long id = book.insertStartedHistory(entry(next, Instant.now(), null, null, null, null));
        return id == Bookkeeping.LOCK_NOT_HELD ? Carry.NONE : id;
    }

    /** After a started step's statements ran: stops, recording why in its history row, when the lock is gone. */
    private void stopIfLockLost(Connection c, Bookkeeping book, PlanStep step, long historyId, long ms) {
        try {
            checkLock(step, () -> "Its statements ran but it is not recorded as applied: the database is marked "
                    + "as partially migrated. Check its changes, then record the result with 'retort stamp "
                    + stampTarget(step.toRevisions()) + "' (applied) or 'retort stamp "
                    + stampTarget(step.fromRevisions()) + "' (undone)");
        } catch (LockLostException e) {
            finishQuietly(c, book, historyId, null, null, e.getMessage(), ms, e);
            throw e;
        }
    }

    /**
     * Records how a started step stopped and commits it with whatever of the revision ran (in auto-commit mode each
     * statement did already); a failure here is added to {@code failure}: the started row stays and still blocks the
     * next run.
     */
    private static void finishQuietly(Connection c, Bookkeeping book, long historyId, Boolean success,
            Integer failedStatement, String error, long ms, Throwable failure) {
        try {
            book.finishHistory(historyId, success, failedStatement, error, ms);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
            rollbackQuietly(c, failure);
        }
    }

    /** Stops the run, naming the revision, when the migration lock was lost: another instance may hold it now. */
    private void checkLock(PlanStep step, String state) {
        checkLock(step, () -> state);
    }

    /** The same, {@code state} built only when the lock is lost (this runs for every revision). */
    private void checkLock(PlanStep step, Supplier<String> state) {
        try {
            lock.checkHeld();
        } catch (LockLostException e) {
            throw new LockLostException(e.getMessage() + ", so Retort stopped before committing the "
                    + step.operation().sqlName() + " of revision " + step.revision() + ": another instance may be "
                    + "migrating now. " + state.get() + ". Run the command again once no other instance migrates.");
        }
    }

    /**
     * A failure on a connection that is gone (killed, network, server restart) says so: the run stops, and with a
     * session lock the lock went with the connection.
     */
    private MigrationFailedException connectionLost(Connection c, PlanStep step, Exception failure) {
        boolean valid;
        try {
            valid = c.isValid(5);
        } catch (SQLException e) {
            valid = false;
        }
        if (valid) {
            return null;
        }
        String lost = "The database connection was lost during the " + step.operation().sqlName() + " of revision "
                + step.revision() + " (its session was killed, the network failed or the server restarted)"
                + (lockOnConnection ? " and the migration lock ended with it" : "") + ", so Retort stopped. "
                + "Run the command again; it reports what the interrupted revision left behind.";
        MigrationFailedException m = failure instanceof MigrationFailedException f ? f : null;
        return new MigrationFailedException(lost + "\n" + failure.getMessage(), step.revision(),
                m == null ? 0 : m.statementIndex(), m == null ? null : m.sql(), m != null && m.partial(),
                m == null ? failure : m.getCause());
    }

    private void runBody(PlanStep step, Connection c, boolean autocommit) throws StepFailure {
        RevisionScript script = step.script();
        if (script == null) {
            return;
        }
        RevisionBody body = step.isUpgrade() ? script.upgrade() : script.downgrade();
        if (body instanceof RevisionBody.Java java) {
            CountingConnection counting = new CountingConnection(c);
            try {
                RevisionContext ctx = new RevisionContext(counting.connection(), dialect, script.id());
                if (step.isUpgrade()) {
                    java.revision().upgrade(ctx);
                } else {
                    java.revision().downgrade(ctx);
                }
            } catch (Exception e) {
                // where DDL cannot be rolled back, the statements that ran before the failure stay applied
                throw new StepFailure(counting.executed() + 1, 0, null, e);
            }
            return;
        }
        RevisionBody.Sql sql = (RevisionBody.Sql) body;
        Iterator<SqlStatement> it = sql.iterator();
        runSql(sql.count(), it.hasNext() ? it.next() : null, it, c);
    }

    /** The SQL body of the step, or null for a Java revision or a step without a script. */
    private static RevisionBody.Sql sqlBody(PlanStep step) {
        RevisionScript script = step.script();
        if (script == null) {
            return null;
        }
        RevisionBody body = step.isUpgrade() ? script.upgrade() : script.downgrade();
        return body instanceof RevisionBody.Sql sql ? sql : null;
    }

    /**
     * Runs {@code first} (null when there is none), then the rest of {@code it}: one statement at a time, so a large
     * data script is never held as a list (the plan counted them already).
     */
    private void runSql(int total, SqlStatement first, Iterator<SqlStatement> it, Connection c)
            throws StepFailure {
        if (first == null) {
            return;
        }
        Statement s;
        try {
            s = statement(c);
        } catch (SQLException e) {
            throw new StepFailure(0, total, null, e);
        }
        SqlStatement statement = first;
        while (true) {
            try {
                s.execute(statement.sql());
            } catch (SQLException e) {
                throw new StepFailure(statement.index(), total, statement, e);
            }
            if (!it.hasNext()) {
                return;
            }
            statement = it.next();
        }
    }

    /** One statement object runs every SQL revision of a run, as the floor's does: none created per revision. */
    private Statement statement;

    private Statement statement(Connection c) throws SQLException {
        Statement s = statement;
        if (s == null) {
            s = c.createStatement();
            statement = s;
        }
        return s;
    }

    private void closeStatement() {
        Statement s = statement;
        statement = null;
        if (s != null) {
            try {
                s.close();
            } catch (SQLException ignored) {
                // it dies with its connection
            }
        }
    }

    private void recordFailure(Connection c, PlanStep step, StepFailure f, boolean partial) {
        if (step == null) {
            return;
        }
        try {
            c.setAutoCommit(true);
            HistoryEntry e = entry(step, Instant.now(), partial ? null : Boolean.FALSE, f.index == 0 ? null : f.index,
                    f.describe(), 0L);
            tables.insertHistory(c, e);
        } catch (SQLException | RuntimeException e) {
            f.addSuppressed(e);
        }
    }

    private HistoryEntry entry(PlanStep step, Instant startedAt, Boolean success, Integer failed, String error,
            Long ms) {
        String checksum = step.script() == null ? null : step.script().checksum();
        return new HistoryEntry(0, step.revision(), step.operation().sqlName(), step.fromRevisions(),
                step.toRevisions(), message(step), checksum, success, failed, error, startedAt, ms, installedBy,
                retortVersion);
    }

    private String partialAdvice(PlanStep step, int failedAt) {
        String why = dialect.transactionalDdl() ? "the revision is 'transactional: false'"
                : dialect.name() + " cannot roll back DDL";
        return "Statements 1 to " + (failedAt - 1) + " of the " + step.operation().sqlName() + " of revision "
                + step.revision() + " stay applied (" + why + ") and the database is marked as partially migrated. "
                + "Finish or undo them by hand, then record the result with 'retort stamp "
                + stampTarget(step.toRevisions()) + "' (finished) or 'retort stamp " + stampTarget(step.fromRevisions())
                + "' (undone); until then every command but stamp refuses to run.";
    }

    private static String stampTarget(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(" ", revisions);
    }

    private static String message(PlanStep step) {
        return step.script() == null ? "" : step.script().message();
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** A step failed with {@code exception}; the listener hears {@code cause}, the database's error. */
    private static final class StepFailed extends Exception {
        final Throwable cause;
        final MigrationFailedException exception;

        StepFailed(Throwable cause, MigrationFailedException exception) {
            super(null, null, false, false);
            this.cause = cause;
            this.exception = exception;
        }
    }

    /** A statement or Java revision failed; carries what the error message needs. */
    private static final class StepFailure extends Exception {
        final int index;
        final int total;
        final SqlStatement statement;

        StepFailure(int index, int total, SqlStatement statement, Throwable cause) {
            super(cause);
            this.index = index;
            this.total = total;
            this.statement = statement;
        }

        String describe() {
            Throwable cause = getCause();
            String db = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                db = "[" + sql.getSQLState() + "] " + db;
            }
            return db;
        }

        MigrationFailedException toException(PlanStep step, boolean partial, String next) {
            RevisionScript script = step.script();
            StringBuilder m = new StringBuilder();
            m.append(step.operation().sqlName()).append(" of revision ").append(step.revision());
            if (script != null) {
                m.append(" (").append(script.source()).append(')');
            }
            if (statement != null) {
                m.append(" failed at statement ").append(index).append(" of ").append(total)
                        .append(" (line ").append(statement.line()).append("):\n    ")
                        .append(abbreviate(statement.sql()).replace("\n", "\n    "));
            } else if (index > 0) {
                m.append(" failed at statement ").append(index).append(" (Java revision: ").append(index - 1)
                        .append(" statement(s) before it ran)");
            } else {
                m.append(" failed");
            }
            Throwable cause = getCause();
            m.append("\nDatabase said: ").append(cause.getMessage() == null ? cause.toString() : cause.getMessage().strip());
            m.append('\n').append(next);
            return new MigrationFailedException(m.toString(), step.revision(), index,
                    statement == null ? null : statement.sql(), partial, cause);
        }

        private static String abbreviate(String sql) {
            return sql.length() <= 2000 ? sql : sql.substring(0, 2000) + " ...";
        }
    }
}
