package org.newsdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CommandFailure("There is no file " + file + ".");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new CommandFailure(file + " is not UTF-8 text, so it is not a story package.");
        }
        ImportResult result = app().packages().importPackage(json, actor());
        out().println("Imported " + file.getFileName() + ": " + result.describe());
        return 0;
    }
}
