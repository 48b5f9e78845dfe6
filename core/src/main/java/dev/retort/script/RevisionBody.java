package dev.retort.script;

import dev.retort.JavaRevision;
import java.util.List;
import java.util.function.Supplier;

/** What one direction of a revision does: SQL statements or a Java revision. */
public sealed interface RevisionBody {

    /**
     * Statements split by the lexer, executed in order. Splitting happens on first use, so loading a
     * project only reads headers and checksums; {@link #statements()} throws {@link ScriptException}
     * for unterminated quotes and comments, and every command calls it before running any SQL.
     */
    final class Sql implements RevisionBody {

        private final Supplier<List<SqlStatement>> splitter;
        private volatile List<SqlStatement> statements;

        private Sql(Supplier<List<SqlStatement>> splitter) {
            this.splitter = splitter;
        }

        /**
         * {@return a body of statements already split}
         *
         * @param statements the statements
         */
        public static Sql of(List<SqlStatement> statements) {
            Sql sql = new Sql(null);
            sql.statements = List.copyOf(statements);
            return sql;
        }

        /**
         * {@return a body whose statements are split from the section text when first asked for}
         *
         * @param splitter splits the section text
         */
        public static Sql lazy(Supplier<List<SqlStatement>> splitter) {
            return new Sql(splitter);
        }

        /**
         * {@return the statements, split on first use} Throws {@link ScriptException} for unterminated quotes and
         * comments.
         */
        public List<SqlStatement> statements() {
            List<SqlStatement> result = statements;
            if (result == null) {
                result = List.copyOf(splitter.get());
                statements = result;
            }
            return result;
        }
    }

    /** A {@link JavaRevision}'s upgrade or downgrade method. */
    record Java(JavaRevision revision) implements RevisionBody {
    }
}
