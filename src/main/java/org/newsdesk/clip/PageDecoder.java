package org.newsdesk.clip;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text the way a browser picks the encoding: byte-order mark, then the
 * {@code Content-Type} header, then a {@code <meta>} declaration near the top, then UTF-8 if the bytes are valid
 * UTF-8 and windows-1252 otherwise.
 */
final class PageDecoder {
    private static final int SNIFF_BYTES = 16384;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private PageDecoder() {
    }

    static String decode(byte[] bytes, String contentType) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = charsetOf(contentType == null ? null : HEADER_CHARSET.matcher(contentType));
        if (charset == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
            charset = charsetOf(META_CHARSET.matcher(head));
        }
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                // A page declared (or presumed) UTF-8 that is not: browsers fall back on windows-1252 too.
                charset = windows1252();
            }
        }
        return new String(bytes, charset);
    }

    /** Whether the bytes look like binary data (an image, an archive) rather than text. */
    static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, 1024);
        if (length == 0 || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                control++;
            }
        }
        return control * 10 > length;
    }

    private static Charset charsetOf(Matcher matcher) {
        if (matcher == null || !matcher.find()) {
            return null;
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        // The HTML standard reads these labels as windows-1252, which is what such pages really are.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")
                || name.equals("iso8859-1")) {
            return windows1252();
        }
        if (name.startsWith("utf-16")) {
            // A page that declares UTF-16 in ASCII-readable bytes is not UTF-16.
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset windows1252() {
        return Charset.forName("windows-1252");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
