package org.newsdesk.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The key by which two links to the same article are recognised: no scheme, no {@code www.}, no fragment, no
 * tracking parameters, no trailing slash, host in lower case.
 */
public final class SourceUrl {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
            "cmpid", "cmp", "ref", "ref_src", "smid", "smtyp", "sr_share", "share", "igshid", "ocid", "taid", "mod",
            "guccounter", "_ga", "yclid", "s_cid", "ito", "cid", "sh");

    private SourceUrl() {
    }

    /** The comparison key of {@code url}; a string that is not a URL is returned trimmed and lower-cased. */
    public static String key(String url) {
        if (url == null) {
            return "";
        }
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            String host = uri.getHost();
            if (host == null) {
                return trimmed.toLowerCase(Locale.ROOT);
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            } else if (host.startsWith("amp.")) {
                host = host.substring(4);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (path.endsWith("/amp") || path.endsWith("/amp/")) {
                path = path.substring(0, path.lastIndexOf("/amp"));
            }
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            StringBuilder key = new StringBuilder(host);
            if (uri.getPort() > 0 && uri.getPort() != 80 && uri.getPort() != 443) {
                key.append(':').append(uri.getPort());
            }
            key.append(path);
            String query = keptQuery(uri.getRawQuery());
            if (!query.isEmpty()) {
                key.append('?').append(query);
            }
            return key.toString();
        } catch (URISyntaxException e) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : rawQuery.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            String lower = name.toLowerCase(Locale.ROOT);
            if (pair.isEmpty() || lower.startsWith("utm_") || TRACKING.contains(lower) || lower.equals("amp")
                    || lower.equals("outputtype")) {
                continue;
            }
            kept.add(pair);
        }
        return kept.toString();
    }

    /** The host of {@code url} without {@code www.}, or "" when there is none. */
    public static String domain(String url) {
        try {
            String host = new URI(url.trim()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException | NullPointerException e) {
            return "";
        }
    }
}
