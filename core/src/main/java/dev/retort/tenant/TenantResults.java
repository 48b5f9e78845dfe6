package dev.retort.tenant;

import java.util.List;

/**
 * Every schema's result of a fanned-out command, in the order the schemas were resolved.
 *
 * @param results one per schema
 * @param <T> the command's result type
 */
public record TenantResults<T>(List<TenantResult<T>> results) {

    /** @param results one per schema */
    public TenantResults {
        results = List.copyOf(results);
    }

    /** {@return the schemas the command failed on} */
    public List<TenantResult<T>> failed() {
        return results.stream().filter(r -> !r.ok()).toList();
    }

    /** {@return whether the command succeeded on every schema} */
    public boolean ok() {
        return results.stream().allMatch(TenantResult::ok);
    }

    /**
     * Throws {@link TenantFailedException} naming each failed schema, when any failed.
     *
     * @return these results, when all succeeded
     */
    public TenantResults<T> throwIfFailed() {
        if (!ok()) {
            throw new TenantFailedException(failed());
        }
        return this;
    }
}
