package org.newsdesk.clip;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page saved from a browser ("Save page as"): its HTML decoded with the charset the file declares, and the
 * address it was saved from, read from {@code <link rel=canonical>}, {@code og:url} or the
 * {@code <!-- saved from url=(0042)https://… -->} comment. The {@code _files} folder beside it is never read.
 */
public record SavedPage(Path file, String html, String originalUrl) {
    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int HEAD_CHARS = 100_000;
    private static final Pattern SAVED_FROM = Pattern.compile("<!--\\s*saved from url=\\(\\d+\\)\\s*(\\S+?)\\s*-->",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CANONICAL = Pattern.compile(
            "<link\\b[^>]*\\brel\\s*=\\s*[\"']?canonical\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern OG_URL = Pattern.compile(
            "<meta\\b[^>]*\\bproperty\\s*=\\s*[\"']?og:url\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT = Pattern.compile("\\bcontent\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)",
            Pattern.CASE_INSENSITIVE);

    /** Reads a saved .html or .htm file. */
    public static SavedPage read(Path file) {
        String html = readHtml(file);
        return new SavedPage(file, html, addressIn(html));
    }

    /** Only the decoded HTML of a saved page, for when its address is known already. */
    public static String readHtml(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(file)) {
            throw new ClipException(file + " is a folder, not a saved page.");
        }
        if (!name.endsWith(".html") && !name.endsWith(".htm") && !name.endsWith(".xhtml")) {
            throw new ClipException(file + " is not a saved web page (.html or .htm).");
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ClipException(file + " is larger than " + (MAX_BYTES / (1024 * 1024)) + " MB.");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (PageDecoder.looksBinary(bytes)) {
                throw new ClipException(file + " holds binary data, not a web page.");
            }
            return PageDecoder.decode(bytes, null);
        } catch (NoSuchFileException e) {
            throw new ClipException(file + " does not exist.", e);
        } catch (AccessDeniedException e) {
            throw new ClipException(file + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw new ClipException(file + " could not be read (" + e.getMessage() + ").", e);
        }
    }

    /** The address a saved page says it was saved from, or null when it does not say. */
    public static String addressIn(String html) {
        String head = html.length() > HEAD_CHARS ? html.substring(0, HEAD_CHARS) : html;
        String canonical = attribute(CANONICAL.matcher(head), HREF);
        if (isWebAddress(canonical)) {
            return canonical;
        }
        String og = attribute(OG_URL.matcher(head), CONTENT);
        if (isWebAddress(og)) {
            return og;
        }
        Matcher saved = SAVED_FROM.matcher(head);
        if (saved.find() && isWebAddress(saved.group(1))) {
            return saved.group(1);
        }
        return null;
    }

    private static String attribute(Matcher tag, Pattern attribute) {
        if (!tag.find()) {
            return null;
        }
        Matcher value = attribute.matcher(tag.group());
        if (!value.find()) {
            return null;
        }
        String raw = value.group(1);
        if (raw.startsWith("\"") || raw.startsWith("'")) {
            raw = raw.substring(1, raw.length() - 1);
        }
        return org.jsoup.parser.Parser.unescapeEntities(raw.strip(), true);
    }

    private static boolean isWebAddress(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://"));
    }
}
