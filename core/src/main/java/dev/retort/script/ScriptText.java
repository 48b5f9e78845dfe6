package dev.retort.script;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Revision files are UTF-8; anything else is refused with the file, line and byte offset of the first bad byte. */
final class ScriptText {

    private ScriptText() {
    }

    /**
     * {@return the text of a revision file}
     *
     * @param source the file, for the message
     * @param bytes its content
     */
    static String decode(String source, byte[] bytes) {
        return decode(source, bytes, bytes.length);
    }

    /**
     * {@return the text of a revision file read into the start of a buffer}
     *
     * @param source the file, for the message
     * @param bytes a buffer holding the file's content from index 0
     * @param length the content's length
     */
    static String decode(String source, byte[] bytes, int length) {
        // most revision files are ASCII: the JDK's decoder checks that in its own (compiled) code and copies the
        // bytes; as many characters as bytes and no replacement character means every byte was ASCII
        String ascii = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (ascii.length() == length && ascii.indexOf('\uFFFD') < 0) {
            return ascii;
        }
        // validate through a small buffer (no second copy of a large file), then decode once
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(Math.min(8192, length + 16));
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw notUtf8(source, bytes, in.position());
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private static ScriptException notUtf8(String source, byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return new ScriptException(source, line, "the file is not UTF-8: byte 0x"
                + String.format("%02X", bytes[offset] & 0xff) + " at byte offset " + offset
                + " cannot be decoded; save the file as UTF-8 (revision files are always read as UTF-8)");
    }
}
