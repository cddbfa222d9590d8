package org.newsdesk.sync;

/** Team mode could not do what was asked; the message is one sentence for the person. */
public class SyncException extends RuntimeException {
    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
