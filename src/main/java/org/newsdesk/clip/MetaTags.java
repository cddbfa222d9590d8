package org.newsdesk.clip;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/** A page's meta tags by name (property, name, itemprop or http-equiv, in lower case): the first content of each. */
final class MetaTags {
    private static final String[] META_KEYS = {"property", "name", "itemprop", "http-equiv"};

    private final Map<String, String> meta = new HashMap<>();

    /** Takes in one {@code <meta>} element; a name the page states twice keeps its first content. */
    void read(Element element) {
        String content = element.attr("content").strip();
        if (content.isEmpty()) {
            return;
        }
        for (String key : META_KEYS) {
            String name = element.attr(key);
            if (!name.isEmpty()) {
                meta.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), content);
            }
        }
    }

    /** The content of the tag {@code name} as the page wrote it, or null. */
    String get(String name) {
        return meta.get(name);
    }

    /** The cleaned content of the first of {@code names} that the page states, or null. */
    String first(String... names) {
        for (String name : names) {
            String value = meta.get(name);
            if (value != null && !value.isBlank()) {
                return PageMetadata.clean(value);
            }
        }
        return null;
    }
}
