package org.newsdesk.export;

/** An export that cannot be made, such as a newsroom template that does not parse; the message is one sentence. */
public class ExportException extends RuntimeException {
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ExportException(String message) {
        super(message);
    }
}
