package org.newsdesk.fault;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A second Java process running one of this package's {@code main} classes on the test class path. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BufferedReader lines;
    private final PrintWriter input;

    private ChildJvm(Process process) {
        this.process = process;
        this.lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.input = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Starts {@code main} with {@code args}; its standard error goes to {@code errors} for the failure message. */
    static ChildJvm start(Class<?> main, Path errors, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A small, quickly started JVM: the tests start many of them.
                "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()))
                .start();
        return new ChildJvm(process);
    }

    /** The next line the child printed, or null when it has ended. */
    String readLine() throws IOException {
        return lines.readLine();
    }

    void send(String line) {
        input.println(line);
    }

    /**
     * Kills the child at once with SIGKILL (what {@code destroyForcibly} sends on Linux) and waits for it to go.
     * Through its process handle, because {@code Process.destroyForcibly} also closes the pipes, and what the child
     * printed before it died must still be read.
     */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits for the child to end by itself and returns its exit status. */
    int waitFor() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The child process did not finish within a minute.");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        lines.close();
        input.close();
    }
}
