import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step of the CLI (run by maven-antrun-plugin after shading, never part of the distribution): rewrites the
 * classes under the given package prefixes of a jar to class file version 52 (Java 8) with computed stack map frames.
 * Why: picocli's jar is Java 5 bytecode, which the JVM's class data sharing archive refuses ("Pre JDK 6 class not
 * supported by CDS"), so every {@code retort} run loaded and verified its ~170 classes again (docs/cli.md).
 *
 * <p>Usage: {@code java -cp asm.jar RaiseClassVersion <jar> <prefix>...}. The jar is rewritten in place, its entries
 * in the same order with the same times, so the output stays reproducible.
 */
public final class RaiseClassVersion {

    private static final int TARGET = Opcodes.V1_8;

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: RaiseClassVersion <jar> <package prefix, e.g. picocli/>...");
        }
        Path jar = Path.of(args[0]);
        List<String> prefixes = List.of(args).subList(1, args.length);
        Map<String, byte[]> classes = new HashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        classes.put(entry.getName().substring(0, entry.getName().length() - 6), in.readAllBytes());
                    }
                }
            }
        }
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        int raised = 0;
        try (ZipFile zip = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(tmp);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
                ZipEntry entry = e.nextElement();
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                String name = entry.getName();
                if (name.endsWith(".class") && prefixes.stream().anyMatch(name::startsWith) && version(bytes) < TARGET) {
                    bytes = raise(bytes, classes);
                    raised++;
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        if (raised == 0) {
            Files.delete(tmp);
            throw new IllegalStateException("no class under " + prefixes + " below version 52 in " + jar
                    + ": the step is stale, remove it or fix the prefixes");
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("[RaiseClassVersion] " + raised + " classes under " + prefixes + " raised to Java 8 bytecode in "
                + jar.getFileName());
    }

    private static int version(byte[] bytes) {
        return ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
    }

    private static byte[] raise(byte[] bytes, Map<String, byte[]> classes) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                // from the jar's own bytes: the classes being rewritten are not on this tool's class path
                if (isInterface(type1, classes) || isInterface(type2, classes)) {
                    return "java/lang/Object";
                }
                Set<String> supers = new HashSet<>();
                for (String t = type1; t != null; t = superName(t, classes)) {
                    supers.add(t);
                }
                for (String t = type2; t != null; t = superName(t, classes)) {
                    if (supers.contains(t)) {
                        return t;
                    }
                }
                return "java/lang/Object";
            }
        };
        // frames are recomputed from the code: SKIP_FRAMES drops none here (Java 5 classes have none)
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(TARGET, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    private static boolean isInterface(String type, Map<String, byte[]> classes) {
        byte[] bytes = classes.get(type);
        if (bytes != null) {
            return (new ClassReader(bytes).getAccess() & Opcodes.ACC_INTERFACE) != 0;
        }
        return platformClass(type).isInterface();
    }

    private static String superName(String type, Map<String, byte[]> classes) {
        byte[] bytes = classes.get(type);
        if (bytes != null) {
            return new ClassReader(bytes).getSuperName();
        }
        Class<?> superclass = platformClass(type).getSuperclass();
        return superclass == null ? null : superclass.getName().replace('.', '/');
    }

    private static Class<?> platformClass(String type) {
        try {
            return Class.forName(type.replace('/', '.'), false, ClassLoader.getPlatformClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot compute stack map frames: " + type + " is neither in the jar nor in the JDK", e);
        }
    }
}
