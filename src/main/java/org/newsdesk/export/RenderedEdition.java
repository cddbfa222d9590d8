package org.newsdesk.export;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The exported files of an edition (name to UTF-8 text, in a fixed order) and the warnings met on the way. */
public record RenderedEdition(Map<String, String> files, List<String> warnings) {
    public static final String NEWSLETTER_HTML = "newsletter.html";
    public static final String NEWSLETTER_TEXT = "newsletter.txt";
    public static final String WEB_PAGE = "index.html";
    public static final String ARCHIVE = "archive.html";
    public static final String FEED = "feed.xml";

    public RenderedEdition {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        warnings = List.copyOf(warnings);
    }

    public String file(String name) {
        String text = files.get(name);
        if (text == null) {
            throw new IllegalArgumentException("The export has no file named " + name + ".");
        }
        return text;
    }

    /** The size of the named file in bytes, as written in UTF-8. */
    public int bytes(String name) {
        return file(name).getBytes(StandardCharsets.UTF_8).length;
    }
}
