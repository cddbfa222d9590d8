package org.newsdesk.store;

/** A storage failure told in one sentence a person can act on; the SQL cause stays attached for logs. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
