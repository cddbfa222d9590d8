package org.newsdesk.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.newsdesk.app.ExportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code edition preview --date D}: writes the edition's files to a new temporary folder and prints its path. */
@Command(name = "preview", description = "Write the edition's files to a new temporary folder and print its path.")
final class EditionPreviewCommand extends DatabaseCommand implements Callable<Integer> {
    @Mixin
    EditionDate date;

    @Override
    public Integer call() {
        ExportResult result = app().editionExport().preview(date.value());
        out().println(result.folder().toAbsolutePath());
        for (String warning : result.warnings()) {
            err().println("warning: " + warning);
        }
        out().flush();
        err().flush();
        return 0;
    }
}
