package dev.retort.script;

import dev.retort.JavaRevision;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** What one direction of a revision does: SQL statements or a Java revision. */
public sealed interface RevisionBody {

    /**
     * Statements split by the lexer, executed in order. Splitting happens on use, one statement at a time, so
     * loading a project only reads headers and checksums and a large data script is never held as a list;
     * {@link #count()} and {@link #split(int)} lex the whole section and throw {@link ScriptException} for
     * unterminated quotes and comments, and every command calls one of them before running any SQL.
     */
    final class Sql implements RevisionBody {

        private final Supplier<Iterator<SqlStatement>> written;
        private final UnaryOperator<String> substitute;
        private final Runnable check;
        private volatile int count = -1;

        private Sql(Supplier<Iterator<SqlStatement>> written, UnaryOperator<String> substitute, Runnable check) {
            this.written = written;
            this.substitute = substitute;
            this.check = check;
        }

        /**
         * {@return a body of statements already split}
         *
         * @param statements the statements
         */
        public static Sql of(List<SqlStatement> statements) {
            List<SqlStatement> copy = List.copyOf(statements);
            return new Sql(copy::iterator, UnaryOperator.identity(), () -> { });
        }

        /**
         * {@return a body split on each use, statement by statement, placeholders replaced in each statement}
         *
         * @param written the statements as the file writes them, split lazily
         * @param substitute replaces placeholders in one statement
         * @param check throws {@link ScriptException} when the body cannot run as it is (a placeholder without a
         *     value); run before the statements are counted or run, not before they are shown
         */
        public static Sql streamed(Supplier<Iterator<SqlStatement>> written, UnaryOperator<String> substitute,
                Runnable check) {
            return new Sql(written, substitute, check);
        }

        /**
         * {@return a body whose statements come from {@code target}, asked for once, when the body is first used}
         * For a revision known from the build's revision index: its file is read and parsed only if it runs or is
         * shown.
         *
         * @param target the body as parsed from the file
         */
        static Sql deferred(Supplier<Sql> target) {
            Supplier<Sql> once = new Supplier<>() {
                private volatile Sql value;

                @Override
                public Sql get() {
                    Sql v = value;
                    if (v == null) {
                        synchronized (this) {
                            v = value;
                            if (v == null) {
                                v = target.get();
                                value = v;
                            }
                        }
                    }
                    return v;
                }
            };
            return new Sql(() -> once.get().written.get(), sql -> once.get().substitute.apply(sql),
                    () -> once.get().check.run());
        }

        /** {@return the statements as they run (placeholders replaced), each split when asked for} */
        public Iterator<SqlStatement> iterator() {
            check.run();
            List<SqlStatement> k = kept;
            Iterator<SqlStatement> raw;
            if (k != null) { // split by split(int) just before: used once, then left to the collector
                kept = null;
                raw = k.iterator();
            } else {
                raw = written.get();
            }
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return raw.hasNext();
                }

                @Override
                public SqlStatement next() {
                    SqlStatement s = raw.next();
                    String sql = substitute.apply(s.sql());
                    return sql.equals(s.sql()) ? s : new SqlStatement(s.index(), s.line(), sql);
                }
            };
        }

        /** The statements {@link #split(int)} kept, until the next {@link #iterator()} takes them; else null. */
        private volatile List<SqlStatement> kept;

        /** {@return how many statements there are} Lexes the whole section once; throws {@link ScriptException}. */
        public int count() {
            int n = count;
            if (n < 0) {
                split(0);
                n = count;
            }
            return n;
        }

        /**
         * Lexes the whole section, as {@link #count()} does, and keeps what it split for the next {@link #iterator()},
         * the run that follows, when the statements take at most {@code keepChars} characters: a script of the plan
         * is then not lexed twice.
         *
         * @param keepChars the most characters to keep
         * @return the characters kept, 0 when none were
         */
        public int split(int keepChars) {
            check.run();
            int n = 0;
            List<SqlStatement> all = keepChars > 0 ? new ArrayList<>() : null;
            int chars = 0;
            for (Iterator<SqlStatement> it = written.get(); it.hasNext(); ) {
                SqlStatement s = it.next();
                n++;
                if (all != null) {
                    chars += s.sql().length();
                    if (chars <= keepChars) {
                        all.add(s);
                    } else {
                        all = null;
                    }
                }
            }
            count = n;
            kept = all;
            return all == null ? 0 : Math.max(chars, 1);
        }

        /**
         * {@return the statements as they run, in a list} For offline SQL and display; the executor iterates
         * instead. Throws {@link ScriptException} for unterminated quotes and comments.
         */
        public List<SqlStatement> statements() {
            List<SqlStatement> out = new ArrayList<>();
            iterator().forEachRemaining(out::add);
            return out;
        }

        /** {@return the statements as the file writes them, placeholders not replaced (what show displays)} */
        public List<SqlStatement> written() {
            List<SqlStatement> out = new ArrayList<>();
            written.get().forEachRemaining(out::add);
            return out;
        }
    }

    /** A {@link JavaRevision}'s upgrade or downgrade method. */
    record Java(JavaRevision revision) implements RevisionBody {
    }
}
