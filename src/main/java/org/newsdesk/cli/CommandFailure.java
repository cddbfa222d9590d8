package org.newsdesk.cli;

/** A command that could not do its work, told in one sentence; the command line exits with status 1. */
public class CommandFailure extends RuntimeException {
    public CommandFailure(String message) {
        super(message);
    }
}
