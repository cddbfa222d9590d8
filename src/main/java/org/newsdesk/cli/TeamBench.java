package org.newsdesk.cli;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsdesk.bench.BenchmarkReport;
import org.newsdesk.bench.TeamBenchmark;
import org.newsdesk.sync.Credentials;
import org.newsdesk.sync.ServerAddress;

/** {@code bench --team-server URL}: the team-mode rows, in a temporary folder removed afterwards. */
final class TeamBench {
    private TeamBench() {
    }

    static BenchmarkReport run(String server, String admin, Consumer<String> progress) throws Exception {
        ServerAddress address = ServerAddress.parse(server);
        String password = new Credentials(System.getenv(), null, () -> {
            Console console = System.console();
            return console == null ? new char[0] : console.readPassword("Password for " + admin + ": ");
        }).password(address, admin);
        Path folder = Files.createTempDirectory("newsdesk-team-bench");
        try {
            return new TeamBenchmark(address, admin, password, false, folder, progress).run();
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
