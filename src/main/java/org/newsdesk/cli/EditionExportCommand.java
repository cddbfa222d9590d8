package org.newsdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsdesk.app.ExportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code edition export --date D --out DIR}: writes the edition's newsletter, text, web page, archive and feed. */
@Command(name = "export", description = "Write the edition's newsletter HTML, plain text, web page, archive page"
        + " and Atom feed into a folder.")
final class EditionExportCommand extends ActingCommand implements Callable<Integer> {
    @Mixin
    EditionDate date;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write (created if"
            + " missing; files of the same names are replaced).")
    Path out;

    @Override
    public Integer call() {
        ExportResult result = app().editionExport().export(date.value(), out, app().people().hasAnyone() ? actingAs() : actor());
        printFiles(result);
        out().println("Exported the edition of " + date.value() + " to " + result.folder().toAbsolutePath());
        printWarnings(result);
        return 0;
    }

    private void printFiles(ExportResult result) {
        for (ExportResult.ExportedFile file : result.files()) {
            out().printf(Locale.ROOT, "%-16s %8.1f KB  %,9d bytes%n", file.name(), file.bytes() / 1024.0, file.bytes());
        }
    }

    private void printWarnings(ExportResult result) {
        for (String warning : result.warnings()) {
            err().println("warning: " + warning);
        }
        out().flush();
        err().flush();
    }
}
