package org.newsdesk.clip;

/** A clip that could not be made, told in one sentence; {@link #isOffline()} says the network was the reason. */
public class ClipException extends RuntimeException {
    private final boolean offline;

    public ClipException(String message) {
        this(message, false, null);
    }

    public ClipException(String message, Throwable cause) {
        this(message, false, cause);
    }

    private ClipException(String message, boolean offline, Throwable cause) {
        super(message, cause);
        this.offline = offline;
    }

    /** A failure to reach the site at all (no network, unknown host, refused connection): worth trying later. */
    public static ClipException offline(String message, Throwable cause) {
        return new ClipException(message, true, cause);
    }

    public boolean isOffline() {
        return offline;
    }
}
