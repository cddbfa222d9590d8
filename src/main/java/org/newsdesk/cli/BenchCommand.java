package org.newsdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsdesk.bench.Benchmark;
import org.newsdesk.bench.BenchmarkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench}: builds a synthetic newsroom in a temporary database and prints how fast the app works on it. */
@Command(name = "bench", description = "Measure speed on a synthetic newsroom of N stories with clips, built in a"
        + " temporary database (your own database is not touched); prints a table and JSON.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--stories", paramLabel = "N", defaultValue = "100000",
            description = "How many stories (each with an 800-word clip) to build (default: ${DEFAULT-VALUE}).")
    int stories;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Also write the JSON report to this file.")
    Path out;

    @Option(names = "--keep", paramLabel = "FILE.db",
            description = "Build the database at this new file and keep it (for timing start-up against it).")
    Path keep;

    @Option(names = "--reuse", paramLabel = "FILE.db",
            description = "Measure again a database an earlier --keep built, without rebuilding it (no insert rate).")
    Path reuse;

    @Option(names = "--team-server", paramLabel = "URL", description = "Measure team mode instead, against this"
            + " PostgreSQL server (postgresql://HOST[:PORT]/DATABASE; a throwaway database is made beside it).")
    String teamServer;

    @Option(names = "--team-user", paramLabel = "ADMIN", defaultValue = "postgres",
            description = "With --team-server: a login that may create databases and roles (default: ${DEFAULT-VALUE}).")
    String teamUser;

    @Override
    public Integer call() throws Exception {
        if (teamServer != null) {
            print(TeamBench.run(teamServer, teamUser, this::progress));
            return 0;
        }
        if (stories < 1) {
            throw new CommandFailure("--stories must be at least 1.");
        }
        if (reuse != null) {
            if (keep != null) {
                throw new CommandFailure("--reuse and --keep cannot be used together.");
            }
            if (!Files.isRegularFile(reuse)) {
                throw new CommandFailure("There is no benchmark database at " + reuse + ".");
            }
            print(Benchmark.reusing(reuse, this::progress).run());
            return 0;
        }
        if (keep != null && Files.exists(keep)) {
            throw new CommandFailure(keep + " already exists; --keep needs a new file.");
        }
        Path folder = keep == null ? Files.createTempDirectory("newsdesk-bench") : null;
        Path database = keep == null ? folder.resolve("bench.db") : keep;
        BenchmarkReport report;
        try {
            report = new Benchmark(database, stories, this::progress).run();
        } finally {
            if (folder != null) {
                deleteAll(folder);
            }
        }
        print(report);
        return 0;
    }

    private void progress(String line) {
        var err = spec.commandLine().getErr();
        err.println(line);
        err.flush();
    }

    private void print(BenchmarkReport report) throws IOException {
        var printer = spec.commandLine().getOut();
        printer.println(report.table());
        printer.print(report.json());
        if (out != null) {
            Files.writeString(out, report.json(), StandardCharsets.UTF_8);
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
