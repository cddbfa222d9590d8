package org.newsdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.model.StoryStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code story export [--status S] [--out FILE]}: writes stories with their clips and outlets as a package. */
@Command(name = "export", description = "Export stories as a story package (JSON), to a file or standard output.")
final class StoryExportCommand extends DatabaseCommand implements Callable<Integer> {
    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Only stories in these statuses: ${COMPLETION-CANDIDATES}.")
    List<StoryStatus> statuses;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        String json = app().packages().exportPackage(statuses == null ? List.of() : statuses);
        writeOut(json, out);
        return 0;
    }
}
