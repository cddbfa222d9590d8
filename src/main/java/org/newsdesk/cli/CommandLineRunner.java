package org.newsdesk.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.function.Consumer;
import picocli.CommandLine;

/** Runs the command line: usage errors exit 2, failures exit 1, each with one sentence on standard error. */
public final class CommandLineRunner {
    private CommandLineRunner() {
    }

    /** Runs {@code args}; {@code desktop} starts the window when no command is given. */
    public static int run(String[] args, Consumer<NewsdeskCommand> desktop, PrintWriter out, PrintWriter err) {
        try (NewsdeskCommand root = new NewsdeskCommand(desktop)) {
            CommandLine commandLine = new CommandLine(root);
            commandLine.setCaseInsensitiveEnumValuesAllowed(true);
            commandLine.setOut(out);
            commandLine.setErr(err);
            commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
                line.getErr().println("newsdesk: " + sentence(exception));
                line.getErr().flush();
                return 1;
            });
            int status = commandLine.execute(args);
            out.flush();
            err.flush();
            return status;
        }
    }

    /** One sentence for the person at the terminal; the stack trace is for developers and stays out of it. */
    static String sentence(Throwable exception) {
        if (exception instanceof NoSuchFileException missing) {
            return "There is no file " + missing.getFile() + ".";
        }
        if (exception instanceof AccessDeniedException denied) {
            return "Permission denied: " + denied.getFile() + ".";
        }
        if (exception instanceof FileSystemException fileSystem) {
            return "Could not use " + fileSystem.getFile() + ": " + fileSystem.getReason() + ".";
        }
        String message = exception.getMessage();
        if (message == null || message.isBlank()) {
            return "Something went wrong (" + exception.getClass().getSimpleName() + ").";
        }
        return message.endsWith(".") || message.endsWith("?") || message.endsWith("!") ? message : message + ".";
    }
}
