package dev.retort.schema.render;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.Column.Identity;
import dev.retort.schema.model.PrimaryKey;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** H2: unquoted names fold to upper case and are written in lower case; {@code CONSTRAINT_1A} names are replaced. */
public final class H2Renderer extends SqlRenderer {

    @Override
    protected String quote(String name) {
        String q = quoteUnless(name, "[A-Z_][A-Z0-9_]*", '"');
        return q.equals(name) ? name.toLowerCase(Locale.ROOT) : q;
    }

    @Override
    protected boolean inlineComments() {
        return false;
    }

    @Override
    protected boolean isGeneratedName(String name) {
        return name.matches("CONSTRAINT_[0-9A-F]+(_[0-9]+)?");
    }

    @Override
    protected long defaultSequenceCache() {
        return 32;
    }

    @Override
    protected String fold(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    @Override
    protected String dropPrimaryKey(String table, PrimaryKey key) {
        return alter(table) + " DROP PRIMARY KEY";
    }

    @Override
    protected String columnDefinition(Column c) {
        return standardColumnDefinition(c);
    }

    @Override
    protected void alterColumn(String table, Column from, Column to, List<String> out) {
        String prefix = alter(table) + " ALTER COLUMN " + quote(to.name());
        if (!from.type().equals(to.type())) {
            out.add(prefix + " SET DATA TYPE " + to.type());
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            out.add(prefix + (to.defaultValue() == null ? " DROP DEFAULT" : " SET DEFAULT " + to.defaultValue()));
        }
        if (from.nullable() != to.nullable()) {
            out.add(prefix + (to.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (from.identity() != to.identity()) {
            out.add(prefix + (to.identity() == Identity.NONE ? " DROP IDENTITY"
                    : " SET GENERATED " + generation(to.identity())));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(columnComment(table, to.name(), to.comment()));
        }
    }
}
