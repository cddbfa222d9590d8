package org.newsdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.app.StoryPackageService;
import org.newsdesk.app.StoryPackageService.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code story import FILE.json}: brings a story package into the newsroom, all of it or nothing. */
@Command(name = "import", description = "Import a story package (JSON); a bad package imports nothing.")
final class StoryImportCommand extends DatabaseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.json", description = "The story package.")
    Path file;

    @Override
    public Integer call() throws IOException {
        String json = StoryPackageService.read(file);
        ImportResult result = app().packages().importPackage(json, actor());
        out().println("Imported " + file.getFileName() + ": " + result.describe());
        return 0;
    }
}
