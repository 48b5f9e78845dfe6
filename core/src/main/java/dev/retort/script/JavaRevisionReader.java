package dev.retort.script;

import dev.retort.JavaRevision;
import dev.retort.Revision;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/** Turns a {@link JavaRevision} and its {@link Revision} annotation into a {@link RevisionScript}. */
public final class JavaRevisionReader {

    private JavaRevisionReader() {
    }

    /**
     * {@return the revision as a script} Throws {@link ScriptException} when its annotation is missing or invalid.
     *
     * @param revision the Java revision, annotated with {@link Revision}
     */
    public static RevisionScript read(JavaRevision revision) {
        Class<?> type = revision.getClass();
        String source = "java:" + type.getName();
        Revision meta = type.getAnnotation(Revision.class);
        if (meta == null) {
            throw new ScriptException(source, 0, "Java revision has no @Revision annotation: add "
                    + "@Revision(id = \"...\", downRevision = \"...\")");
        }
        if (meta.id().isBlank()) {
            throw new ScriptException(source, 0, "@Revision id is empty");
        }
        RevisionIds.check(meta.id(), source);
        String checksum = revision.checksum() != null ? revision.checksum() : classChecksum(type, source);
        RevisionBody.Java body = new RevisionBody.Java(revision);
        return new RevisionScript(meta.id(), clean(meta.downRevision()), clean(meta.branchLabels()),
                clean(meta.dependsOn()), meta.message(), null, meta.transactional(), body,
                meta.irreversible() ? null : body, checksum, source);
    }

    private static List<String> clean(String[] values) {
        return Arrays.stream(values).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String classChecksum(Class<?> type, String source) {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScriptException(source, 0, "cannot read class bytes for the checksum; override checksum()");
            }
            return Checksums.of(in.readAllBytes());
        } catch (IOException e) {
            throw new ScriptException(source, 0, "cannot read class bytes for the checksum: " + e.getMessage());
        }
    }
}
