package dev.retort.tenant;

import dev.retort.RetortException;
import java.util.List;
import java.util.stream.Collectors;

/** A fanned-out command failed on some schemas; the others ran. The message has one line per failed schema. */
public class TenantFailedException extends RetortException {

    private final List<String> schemas;

    /** @param failed the failed schemas' results */
    public TenantFailedException(List<? extends TenantResult<?>> failed) {
        super(failed.size() + " tenant schema(s) failed (the others ran; run the command again for these after "
                + "fixing the cause):\n" + failed.stream().map(r -> "  " + r.summary())
                        .collect(Collectors.joining("\n")), failed.isEmpty() ? null : failed.get(0).error());
        this.schemas = failed.stream().map(TenantResult::schema).toList();
    }

    /** {@return the names of the failed schemas} */
    public List<String> schemas() {
        return schemas;
    }
}
