package org.newsdesk.app;

/** A story package that cannot be imported, with the field that is wrong named in the message. */
public class StoryPackageException extends RuntimeException {
    public StoryPackageException(String message) {
        super(message);
    }

    public StoryPackageException(String message, Throwable cause) {
        super(message, cause);
    }
}
