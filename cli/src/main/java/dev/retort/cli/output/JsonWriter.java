package dev.retort.cli.output;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/** Writes maps, collections, strings, numbers, booleans and nulls as indented JSON. */
public final class JsonWriter {

    private JsonWriter() {
    }

    /**
     * {@return the JSON text of {@code value}}
     *
     * @param value a map, collection, string, number, boolean or {@code null}; anything else is written as its string
     */
    public static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(value, b, 0);
        return b.toString();
    }

    private static void write(Object value, StringBuilder b, int depth) {
        if (value == null) {
            b.append("null");
        } else if (value instanceof String s) {
            string(s, b);
        } else if (value instanceof Number || value instanceof Boolean) {
            b.append(value);
        } else if (value instanceof Map<?, ?> map) {
            container(map.entrySet().iterator(), '{', '}', b, depth, (e, out) -> {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) e;
                string(String.valueOf(entry.getKey()), out);
                out.append(": ");
                write(entry.getValue(), out, depth + 1);
            });
        } else if (value instanceof Collection<?> list) {
            container(list.iterator(), '[', ']', b, depth, (item, out) -> write(item, out, depth + 1));
        } else {
            string(value.toString(), b);
        }
    }

    private interface ItemWriter {
        void write(Object item, StringBuilder out);
    }

    private static void container(Iterator<?> items, char open, char close, StringBuilder b, int depth,
            ItemWriter writer) {
        b.append(open);
        if (!items.hasNext()) {
            b.append(close);
            return;
        }
        while (items.hasNext()) {
            b.append('\n').append("  ".repeat(depth + 1));
            writer.write(items.next(), b);
            if (items.hasNext()) {
                b.append(',');
            }
        }
        b.append('\n').append("  ".repeat(depth)).append(close);
    }

    private static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
