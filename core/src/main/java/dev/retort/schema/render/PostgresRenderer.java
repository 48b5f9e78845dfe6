package dev.retort.schema.render;

import dev.retort.schema.diff.SchemaChange;
import dev.retort.schema.diff.SchemaChange.AlterDomain;
import dev.retort.schema.diff.SchemaChange.AlterEnumType;
import dev.retort.schema.diff.SchemaChange.CreateDomain;
import dev.retort.schema.diff.SchemaChange.CreateEnumType;
import dev.retort.schema.diff.SchemaChange.DropDomain;
import dev.retort.schema.diff.SchemaChange.DropEnumType;
import dev.retort.schema.diff.TypeUsage;
import dev.retort.schema.model.CheckConstraint;
import dev.retort.schema.model.Column;
import dev.retort.schema.model.Column.Identity;
import dev.retort.schema.model.Domain;
import dev.retort.schema.model.EnumType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * PostgreSQL: unquoted names fold to lower case. A column that owns the sequence its default draws from is written
 * as {@code serial}; any other default, {@code nextval} of a shared sequence included, is written as the database
 * prints it. Enum types and domains are created, changed in place where PostgreSQL can, and otherwise written as a
 * new type that the columns using them are converted to.
 */
public final class PostgresRenderer extends SqlRenderer {

    private static final Map<String, String> SERIALS = Map.of("integer", "serial", "bigint", "bigserial",
            "smallint", "smallserial");

    /** The sequence a {@code serial} column's default names. */
    private static final Pattern NEXTVAL = Pattern.compile("^nextval\\('((?:[^']|'')+)'::regclass\\)$");

    /** Appended to a type's name while its replacement is built. */
    static final String OLD_SUFFIX = "_retort_old";

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
    protected long defaultSequenceCache() {
        return 1;
    }

    @Override
    protected String columnDefinition(Column c) {
        String serial = SERIALS.get(c.type());
        if (serial != null && c.identity() == Identity.SERIAL) {
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
        if (from.identity() == Identity.SERIAL && to.identity() != Identity.SERIAL) {
            out.add("DROP SEQUENCE " + ownedSequence(from)); // after the default that used it
        }
        if (typeChange) {
            out.add(prefix + " TYPE " + to.type() + " USING " + quote(to.name()) + "::" + to.type());
        }
        if (to.identity() == Identity.SERIAL && from.identity() != Identity.SERIAL) {
            out.add("CREATE SEQUENCE " + ownedSequence(to) + " AS " + to.type() + " OWNED BY " + quote(table) + "."
                    + quote(to.name()));
        }
        if (defaultChange && to.defaultValue() != null) {
            out.add(prefix + " SET DEFAULT " + to.defaultValue());
        }
        if (from.nullable() != to.nullable()) {
            out.add(prefix + (to.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        if (from.identity().isSqlIdentity() != to.identity().isSqlIdentity() || from.identity().isSqlIdentity()
                && from.identity() != to.identity()) {
            if (!to.identity().isSqlIdentity()) {
                out.add(prefix + " DROP IDENTITY");
            } else if (!from.identity().isSqlIdentity()) {
                out.add(prefix + " ADD GENERATED " + generation(to.identity()) + " AS IDENTITY");
            } else {
                out.add(prefix + " SET GENERATED " + generation(to.identity()));
            }
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            out.add(columnComment(table, to.name(), to.comment()));
        }
    }

    /** The sequence a {@code serial} column's default draws from, as its default names it. */
    private static String ownedSequence(Column c) {
        Matcher m = NEXTVAL.matcher(c.defaultValue());
        if (!m.matches()) {
            throw new IllegalStateException("serial column " + c.name() + " has the default " + c.defaultValue());
        }
        return m.group(1).replace("''", "'");
    }

    /** {@code ALTER TYPE ... ADD VALUE} cannot be used by the transaction that adds it (nor run in one before 12). */
    @Override
    public boolean needsNoTransaction(SchemaChange change) {
        return change instanceof AlterEnumType a && a.addsOnly();
    }

    @Override
    protected void renderType(SchemaChange change, List<String> out) {
        if (change instanceof CreateEnumType c) {
            out.add(createEnum(c.type()));
        } else if (change instanceof DropEnumType d) {
            out.add("DROP TYPE " + quote(d.type().name()));
        } else if (change instanceof AlterEnumType a) {
            alterEnum(a, out);
        } else if (change instanceof CreateDomain c) {
            out.add(createDomain(c.domain()));
        } else if (change instanceof DropDomain d) {
            out.add("DROP DOMAIN " + quote(d.domain().name()));
        } else if (change instanceof AlterDomain a) {
            alterDomain(a, out);
        } else {
            super.renderType(change, out);
        }
    }

    private String createEnum(EnumType type) {
        return "CREATE TYPE " + quote(type.name()) + " AS ENUM (" + values(type.values()) + ")";
    }

    private void alterEnum(AlterEnumType a, List<String> out) {
        String name = quote(a.to().name());
        if (!a.addsOnly()) {
            out.add("-- review: " + a.to().name() + " is written as a new type (ALTER TYPE cannot remove or reorder "
                    + "values) and its columns are converted to it; rows holding a value it no longer has make the "
                    + "conversion fail");
            out.add("ALTER TYPE " + name + " RENAME TO " + quote(a.to().name() + OLD_SUFFIX));
            out.add(createEnum(a.to()));
            convert(a.usages(), a.to().name(), "text", out);
            out.add("DROP TYPE " + quote(a.to().name() + OLD_SUFFIX));
            return;
        }
        out.add("-- a value added by ALTER TYPE cannot be used in the transaction that adds it: this revision runs "
                + "without one (transactional: false)");
        List<String> present = new ArrayList<>(a.from().values());
        List<String> target = a.to().values();
        for (int i = 0; i < target.size(); i++) {
            String value = target.get(i);
            if (present.contains(value)) {
                continue;
            }
            String position = i > 0 ? " AFTER " + literal(target.get(i - 1))
                    : present.isEmpty() ? "" : " BEFORE " + literal(present.get(0));
            out.add("ALTER TYPE " + name + " ADD VALUE " + literal(value) + position);
            present.add(i > 0 ? present.indexOf(target.get(i - 1)) + 1 : 0, value);
        }
    }

    private String createDomain(Domain d) {
        StringBuilder b = new StringBuilder("CREATE DOMAIN ").append(quote(d.name())).append(" AS ").append(d.baseType());
        if (d.defaultValue() != null) {
            b.append(" DEFAULT ").append(d.defaultValue());
        }
        if (!d.nullable()) {
            b.append(" NOT NULL");
        }
        for (CheckConstraint c : d.checks()) {
            b.append(" CONSTRAINT ").append(quote(c.name())).append(" CHECK (").append(c.expression()).append(')');
        }
        return b.toString();
    }

    private void alterDomain(AlterDomain a, List<String> out) {
        Domain from = a.from();
        Domain to = a.to();
        String name = quote(to.name());
        if (!from.baseType().equals(to.baseType())) {
            out.add("-- review: " + to.name() + " is written as a new domain (ALTER DOMAIN cannot change the type) and "
                    + "its columns are converted to it");
            out.add("ALTER DOMAIN " + name + " RENAME TO " + quote(to.name() + OLD_SUFFIX));
            out.add(createDomain(to));
            convert(a.usages(), to.name(), to.baseType(), out);
            out.add("DROP DOMAIN " + quote(to.name() + OLD_SUFFIX));
            return;
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            out.add("ALTER DOMAIN " + name + (to.defaultValue() == null ? " DROP DEFAULT"
                    : " SET DEFAULT " + to.defaultValue()));
        }
        if (from.nullable() != to.nullable()) {
            out.add("ALTER DOMAIN " + name + (to.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
        }
        List<String> kept = to.checks().stream().map(CheckConstraint::expression).toList();
        List<String> had = from.checks().stream().map(CheckConstraint::expression).toList();
        for (CheckConstraint c : from.checks()) {
            if (!kept.contains(c.expression())) {
                out.add("ALTER DOMAIN " + name + " DROP CONSTRAINT " + quote(c.name()));
            }
        }
        for (CheckConstraint c : to.checks()) {
            if (!had.contains(c.expression())) {
                out.add("ALTER DOMAIN " + name + " ADD CONSTRAINT " + quote(c.name()) + " CHECK (" + c.expression()
                        + ")");
            }
        }
    }

    /**
     * Converts each column to the type just created under {@code type}'s name, through {@code via} (text for an
     * enum, the base type for a domain); a default that names the old type is dropped first and set again after.
     */
    private void convert(List<TypeUsage> usages, String type, String via, List<String> out) {
        for (TypeUsage u : usages) {
            String prefix = alter(u.table()) + " ALTER COLUMN " + quote(u.column());
            String arrays = u.type().substring(arrayStart(u.type()));
            if (u.defaultValue() != null) {
                out.add(prefix + " DROP DEFAULT");
            }
            out.add(prefix + " TYPE " + u.type() + " USING " + quote(u.column()) + "::" + via + arrays + "::"
                    + u.type());
            if (u.defaultValue() != null) {
                out.add(prefix + " SET DEFAULT " + u.defaultValue());
            }
        }
    }

    private static int arrayStart(String type) {
        int i = type.length();
        while (i >= 2 && type.startsWith("[]", i - 2)) {
            i -= 2;
        }
        return i;
    }

    private String values(List<String> values) {
        return values.stream().map(this::literal).collect(Collectors.joining(", "));
    }
}
