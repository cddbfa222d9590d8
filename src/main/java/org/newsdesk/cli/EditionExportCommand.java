package org.newsdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsdesk.App;
import org.newsdesk.app.EditionExportService;
import org.newsdesk.app.ExportResult;
import org.newsdesk.export.EditionRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edition export --date D --out DIR}: writes the edition's newsletter, text, web page, archive and feed. */
@Command(name = "export", description = "Write the edition's newsletter HTML, plain text, web page, archive page"
        + " and Atom feed into a folder.")
final class EditionExportCommand extends NewsroomCommand implements Callable<Integer> {
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The edition's date.")
    LocalDate date;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write (created if"
            + " missing; files of the same names are replaced).")
    Path out;

    @Override
    public Integer call() {
        ExportResult result = service(app()).export(date, out, actor());
        printFiles(result);
        out().println("Exported the edition of " + date + " to " + result.folder().toAbsolutePath());
        printWarnings(result);
        return 0;
    }

    /** The export service on the command's newsroom. */
    static EditionExportService service(App app) {
        return new EditionExportService(app.editions(), app.stories(), app.clips(), app.outlets(), app.settings(),
                app.audit(), new EditionRenderer());
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
