package dev.retort.schema.render;

import dev.retort.schema.model.Column;
import dev.retort.schema.model.Column.Identity;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** PostgreSQL: unquoted names fold to lower case; {@code serial} columns are written back as {@code serial}. */
public final class PostgresRenderer extends SqlRenderer {

    private static final Map<String, String> SERIALS = Map.of("integer", "serial", "bigint", "bigserial",
            "smallint", "smallserial");

    @Override
    protected String quote(String name) {
        return quoteUnless(name, "[a-z_][a-z0-9_]*", '"');
    }

    @Override
    protected boolean inlineComments() {
        return false;
    }

    @Override
    protected boolean isGeneratedName(String name) {
        return false;
    }

    @Override
    protected String columnDefinition(Column c) {
        String serial = SERIALS.get(c.type());
        if (serial != null && c.defaultValue() != null && c.defaultValue().startsWith("nextval(")) {
            return quote(c.name()) + " " + serial + (c.nullable() ? "" : " NOT NULL");
        }
        return standardColumnDefinition(c);
    }

    @Override
    protected void alterColumn(String table, Column from, Column to, List<String> out) {
        String prefix = alter(table) + " ALTER COLUMN " + quote(to.name());
        boolean typeChange = !from.type().equals(to.type());
        boolean defaultChange = !Objects.equals(from.defaultValue(), to.defaultValue());
        if (defaultChange && from.defaultValue() != null) {
            out.add(prefix + " DROP DEFAULT");
        }
        if (typeChange) {
            out.add(prefix + " TYPE " + to.type() + " USING " + quote(to.name()) + "::" + to.type());
        }
        if (defaultChange && to.defaultValue() != null) {
            out.add(prefix + " SET DEFAULT " + to.defaultValue());
        }
        if (from.nullable() != to.nullable()) {
            out.add(prefix + (to.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (from.identity() != to.identity()) {
            if (to.identity() == Identity.NONE) {
                out.add(prefix + " DROP IDENTITY");
            } else if (from.identity() == Identity.NONE) {
                out.add(prefix + " ADD GENERATED " + generation(to.identity()) + " AS IDENTITY");
            } else {
                out.add(prefix + " SET GENERATED " + generation(to.identity()));
            }
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(columnComment(table, to.name(), to.comment()));
        }
    }
}
