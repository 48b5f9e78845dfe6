package dev.retort.schema.render;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.Column.Identity;
import dev.retort.schema.model.ForeignKey;
import dev.retort.schema.model.Index;
import dev.retort.schema.model.PrimaryKey;
import dev.retort.schema.model.UniqueConstraint;
import java.util.List;

/** MariaDB/MySQL: backtick quoting, inline comments, a column is changed by restating it whole. */
public final class MariaDbRenderer extends SqlRenderer {

    @Override
    protected String quote(String name) {
        return quoteUnless(name, "[A-Za-z_][A-Za-z0-9_]*", '`');
    }

    @Override
    protected boolean inlineComments() {
        return true;
    }

    @Override
    protected boolean isGeneratedName(String name) {
        return name.matches("CONSTRAINT_[0-9]+");
    }

    @Override
    protected long defaultSequenceCache() {
        return 1000;
    }

    /** MariaDB's sequences are all BIGINT ({@code AS type} came in 11.5), one short of its bounds by default. */
    @Override
    protected boolean sequenceTypes() {
        return false;
    }

    @Override
    protected Long defaultSequenceMin(String type, long increment) {
        return increment > 0 ? 1L : Long.MIN_VALUE + 1;
    }

    @Override
    protected Long defaultSequenceMax(String type, long increment) {
        return increment > 0 ? Long.MAX_VALUE - 1 : -1L;
    }

    @Override
    protected String noCycle() {
        return "NOCYCLE";
    }

    @Override
    protected String literal(String value) {
        return value == null ? "''" : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    protected String columnDefinition(Column c) {
        StringBuilder b = new StringBuilder(quote(c.name())).append(' ').append(c.type());
        b.append(c.nullable() ? " NULL" : " NOT NULL");
        if (c.defaultValue() != null) {
            b.append(" DEFAULT ").append(c.defaultValue());
        }
        if (c.identity() != Identity.NONE) {
            b.append(" AUTO_INCREMENT");
        }
        if (c.comment() != null) {
            b.append(" COMMENT ").append(literal(c.comment()));
        }
        return b.toString();
    }

    @Override
    protected void alterColumn(String table, Column from, Column to, List<String> out) {
        out.add(alter(table) + " MODIFY COLUMN " + columnDefinition(to));
    }

    @Override
    protected String primaryKey(String table, PrimaryKey key) {
        return "PRIMARY KEY (" + names(key.columns()) + ")";
    }

    @Override
    protected String dropPrimaryKey(String table, PrimaryKey key) {
        return alter(table) + " DROP PRIMARY KEY";
    }

    @Override
    protected String dropUnique(String table, UniqueConstraint unique) {
        return alter(table) + " DROP INDEX " + quote(unique.name());
    }

    @Override
    protected String dropForeignKey(String table, ForeignKey key) {
        return alter(table) + " DROP FOREIGN KEY " + quote(key.name());
    }

    @Override
    protected String dropIndex(String table, Index index) {
        return "DROP INDEX " + quote(index.name()) + " ON " + quote(table);
    }

    @Override
    protected String tableComment(String table, String comment) {
        return alter(table) + " COMMENT = " + literal(comment);
    }
}
