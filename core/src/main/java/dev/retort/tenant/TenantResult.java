package dev.retort.tenant;

/**
 * What one schema's run of a fanned-out command gave: its value, or the error that stopped it.
 *
 * @param schema the tenant schema
 * @param value the command's result, or {@code null} when it failed
 * @param error what stopped the command, or {@code null} when it succeeded
 * @param durationMs how long the schema's run took
 * @param <T> the command's result type
 */
public record TenantResult<T>(String schema, T value, RuntimeException error, long durationMs) {

    /** {@return whether the command succeeded on this schema} */
    public boolean ok() {
        return error == null;
    }

    /** {@return one line naming the schema and, when it failed, why (the error's lines joined)} */
    public String summary() {
        if (ok()) {
            return schema + ": ok (" + durationMs + " ms)";
        }
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return schema + ": " + message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
