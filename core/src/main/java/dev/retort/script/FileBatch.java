package dev.retort.script;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads (and parses) the files of a directory location in order. Each file is read into a buffer reused from file to
 * file — one open, reads to the end, one close — and a file listed by name only ({@link
 * LocationScanner.FoundFile#unchecked()}) is taken to be a file when it opens, which saves a {@code stat} per file.
 * A large directory is read and parsed on two threads when there are two processors: the system calls of opening
 * and reading each file are most of a warm load.
 */
final class FileBatch {

    /** Below this many files one thread reads them all: no thread is started for a usual location or a cold start. */
    static final int PARALLEL_FILES = 2000;
    /** Files a thread claims at a time: the threads share the work even when one of them gets less CPU. */
    private static final int CHUNK = 128;

    /** Marks a name listed unchecked that is a directory: the location is listed again, checking each entry. */
    private static final Object DIRECTORY = new Object();

    private final LocationScanner.FoundFile[] files;
    private final String prefix;
    private final SqlRevisionParser parser;
    private final Object[] out;
    private final AtomicInteger next = new AtomicInteger();
    /** The lowest index that failed (or is a directory); files after it are not read. */
    private volatile int failedAt = Integer.MAX_VALUE;
    private Object failure;

    private FileBatch(Collection<LocationScanner.FoundFile> files, String prefix, SqlRevisionParser parser) {
        this.files = files.toArray(new LocationScanner.FoundFile[0]);
        this.prefix = prefix;
        this.parser = parser;
        this.out = new Object[this.files.length];
    }

    /**
     * {@return the parsed revisions of {@code files}, in their order, or null when a name listed unchecked is a
     * directory} The failure of the first file that fails is thrown, as one thread reading them in turn would.
     */
    static List<RevisionScript> parse(Collection<LocationScanner.FoundFile> files, String prefix,
            SqlRevisionParser parser) throws IOException {
        return new FileBatch(files, prefix, parser).run();
    }

    /** {@return the text of each file, in order, or null when a name listed unchecked is a directory} */
    static List<ScriptResource> texts(Collection<LocationScanner.FoundFile> files, String prefix) throws IOException {
        return new FileBatch(files, prefix, null).run();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> run() throws IOException {
        Thread helper = null;
        if (files.length >= PARALLEL_FILES && Runtime.getRuntime().availableProcessors() > 1) {
            helper = new Thread(this::work, "retort-revision-reader");
            helper.setDaemon(true);
            helper.start();
        }
        work();
        if (helper != null) {
            joinUninterruptibly(helper);
        }
        Object failed;
        synchronized (this) {
            failed = failure;
        }
        if (failed == DIRECTORY) {
            return null;
        }
        if (failed instanceof IOException e) {
            throw e;
        }
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        List<T> result = new ArrayList<>(out.length);
        for (Object o : out) {
            if (o != null) { // null: a name listed unchecked that is no file (a dangling link), as listing skips it
                result.add((T) o);
            }
        }
        return result;
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        Buffer buffer = new Buffer();
        while (true) {
            int from = next.getAndAdd(CHUNK);
            if (from >= files.length || from > failedAt) {
                return;
            }
            int to = Math.min(files.length, from + CHUNK);
            for (int i = from; i < to; i++) {
                if (i > failedAt) {
                    return;
                }
                LocationScanner.FoundFile file = files[i];
                try {
                    int kind = buffer.read(file);
                    if (kind == Buffer.DIRECTORY) {
                        fail(i, DIRECTORY);
                        return;
                    }
                    if (kind == Buffer.FILE) {
                        String name = prefix + "/" + file.name();
                        String text = buffer.text(name);
                        out[i] = parser == null ? new ScriptResource(name, text) : parser.parse(name, text);
                    }
                } catch (IOException | RuntimeException | Error e) {
                    fail(i, e);
                    return;
                }
            }
        }
    }

    private synchronized void fail(int index, Object why) {
        if (index < failedAt) {
            failedAt = index;
            failure = why;
        }
    }

    /**
     * One thread's read buffer. A file larger than the buffer is read into an array of its own, dropped once decoded:
     * a large data script is held once as bytes while it is decoded, as before, and not kept for the next file.
     */
    static final class Buffer {
        static final int FILE = 0;
        static final int NOT_A_FILE = 1;
        static final int DIRECTORY = 2;
        private static final int SIZE = 1 << 16;
        private static final int MAX = Integer.MAX_VALUE - 8;

        private final byte[] buffer = new byte[SIZE];
        private byte[] bytes;
        private int length;

        /** {@return {@link #FILE} when read, else what the file listed unchecked turned out to be} */
        int read(LocationScanner.FoundFile found) throws IOException {
            File file = found.file();
            if (file == null) {
                bytes = Files.readAllBytes(found.path());
                length = bytes.length;
                return FILE;
            }
            FileInputStream in;
            try {
                in = new FileInputStream(file);
            } catch (FileNotFoundException e) {
                if (found.unchecked()) {
                    // what listing with a stat would have found: a directory is listed through, anything else that
                    // is not a file (a dangling link, a file since removed) is no revision
                    if (file.isDirectory()) {
                        return DIRECTORY;
                    }
                    if (!file.isFile()) {
                        return NOT_A_FILE;
                    }
                }
                throw e;
            }
            try (in) {
                byte[] b = buffer;
                int n = 0;
                while (true) {
                    if (n == b.length) {
                        if (n == MAX) {
                            throw new OutOfMemoryError(file + " is too large to read");
                        }
                        // a large file: one array of its size (plus one byte, so that the read seeing the end
                        // needs no copy), larger only if the file grows while it is read
                        long size = b == buffer ? file.length() + 1 : 2L * n;
                        b = Arrays.copyOf(b, (int) Math.min(MAX, Math.max(size, n + (long) SIZE)));
                    }
                    int r = in.read(b, n, b.length - n);
                    if (r < 0) {
                        bytes = b;
                        length = n;
                        return FILE;
                    }
                    n += r;
                }
            }
        }

        /** {@return the text of the file just read} */
        String text(String source) {
            byte[] b = bytes;
            bytes = null;
            return ScriptText.decode(source, b, length);
        }
    }
}
