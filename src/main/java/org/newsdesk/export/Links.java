package org.newsdesk.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which addresses may appear in an export: only absolute http(s) addresses with a host, and mailto addresses. */
final class Links {
    private Links() {
    }

    /** Whether {@code href} may be a link: absolute http(s) with a host, or mailto with an address. */
    static boolean isSafe(String href) {
        return isWeb(href) || isMail(href);
    }

    /** Whether {@code href} is an absolute http or https address with a host and nothing a browser would rewrite. */
    static boolean isWeb(String href) {
        if (href == null || hasUnsafeCharacters(href)) {
            return false;
        }
        String lower = href.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return false;
        }
        try {
            URI uri = new URI(href);
            return uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whether {@code src} may be an image in an email: https only, so no mail client warns of mixed content. */
    static boolean isImage(String src) {
        return isWeb(src) && src.toLowerCase(Locale.ROOT).startsWith("https://");
    }

    static boolean isMail(String href) {
        if (href == null || hasUnsafeCharacters(href) || !href.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            return false;
        }
        String address = href.substring("mailto:".length());
        int query = address.indexOf('?');
        address = query < 0 ? address : address.substring(0, query);
        return address.matches("[^@\\s<>\"']+@[^@\\s<>\"']+\\.[^@\\s<>\"']+");
    }

    /** The web address as a folder address, ending in one slash, or "" when it is not an absolute http(s) address. */
    static String folder(String address) {
        String trimmed = address == null ? "" : address.strip();
        if (!isWeb(trimmed)) {
            return "";
        }
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }

    private static boolean hasUnsafeCharacters(String href) {
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c <= ' ' || c == '\u007f' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`') {
                return true;
            }
        }
        return false;
    }
}
