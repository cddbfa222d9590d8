package org.newsdesk.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which addresses may leave the app for the system's browser or mail program: http, https and mailto only. A
 * clip's or package's {@code file://}, UNC ({@code \\server\share}), {@code javascript:} or custom-scheme link
 * would otherwise reach the operating system, which opens whatever it is told.
 */
public final class OutsideLinks {
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");

    private OutsideLinks() {
    }

    /** Why {@code address} is not opened, as one sentence, or empty when it may be. */
    public static Optional<String> refusal(String address) {
        String text = address == null ? "" : address.strip();
        if (text.isEmpty()) {
            return Optional.of("There is no address to open.");
        }
        if (text.startsWith("\\\\") || text.startsWith("//")) {
            return Optional.of("Newsdesk opens only web (http, https) and mail (mailto) addresses, so it did not"
                    + " open the network path " + text + ".");
        }
        String scheme;
        try {
            URI uri = new URI(text);
            scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("mailto") && ALLOWED.contains(scheme) && (uri.getHost() == null
                    || uri.getHost().isBlank())) {
                return Optional.of("The address " + text + " names no web site, so Newsdesk did not open it.");
            }
        } catch (URISyntaxException e) {
            return Optional.of("The address " + text + " is not a valid web address, so Newsdesk did not open it.");
        }
        if (ALLOWED.contains(scheme)) {
            return Optional.empty();
        }
        return Optional.of("Newsdesk opens only web (http, https) and mail (mailto) addresses, so it did not open "
                + (scheme.isEmpty() ? text : "this " + scheme + ": address") + ".");
    }
}
