package org.newsdesk.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsdesk.app.SettingsService;
import org.newsdesk.app.SettingsService.OutletImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code settings get|set|outlets}: the newsroom's settings and outlet house style, from the command line. */
@Command(name = "settings", description = "Newsroom settings and outlet house-style names.",
        subcommands = {SettingsCommand.Get.class, SettingsCommand.Set.class, SettingsCommand.Outlets.class})
final class SettingsCommand {

    /** {@code settings get [KEY]}: one value, or every setting as {@code key = value} lines. */
    @Command(name = "get", description = "Print one setting's value, or every setting as key = value.")
    static final class Get extends DatabaseCommand implements Callable<Integer> {
        @Parameters(paramLabel = "KEY", arity = "0..1", description = "The setting, such as newsletter.name.")
        String key;

        @Option(names = "--json", description = "One JSON object of key: value (just one key when KEY is given).")
        boolean json;

        @Override
        public Integer call() {
            if (json) {
                out().println(JsonOut.line(key == null ? app().settingsService().all()
                        : Map.of(key.strip(), app().settingsService().get(key))));
                return 0;
            }
            if (key != null) {
                out().println(app().settingsService().get(key));
                return 0;
            }
            for (Map.Entry<String, String> setting : app().settingsService().all().entrySet()) {
                out().println(setting.getKey() + " = " + setting.getValue());
            }
            return 0;
        }
    }

    /** {@code settings set KEY VALUE}: checks and stores one setting. */
    @Command(name = "set", description = "Check and store one setting; a refused value changes nothing.")
    static final class Set extends ActingCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "KEY", description = "The setting, such as newsletter.name.")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE", description = "Its new value (quote it if it has spaces).")
        String value;

        @Override
        public Integer call() {
            // a refused key or value is told before anyone is welcomed, so it leaves no trace
            SettingsService.check(key, value);
            Map<String, String> now = app().settingsService().set(actingAs(), key, value).toMap();
            String stored = now.keySet().stream().filter(known -> known.equalsIgnoreCase(key.strip())).findFirst()
                    .orElseThrow();
            out().println(stored + " = " + now.get(stored));
            return 0;
        }
    }

    /** {@code settings outlets import FILE|export [--out FILE]}: outlet house style as CSV. */
    @Command(name = "outlets", description = "Outlet house-style names as CSV (name,attribution,domains).",
            subcommands = {Import.class, Export.class})
    static final class Outlets {
    }

    /** {@code settings outlets import FILE}: adds and updates outlets from a CSV file, all or nothing. */
    @Command(name = "import", description = "Add or update outlets from a CSV file; a bad line imports nothing.")
    static final class Import extends ActingCommand implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.csv", description = "Columns name,attribution,domains.")
        Path file;

        @Override
        public Integer call() throws IOException {
            String csv;
            try {
                csv = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new CommandFailure("There is no file " + file + ".");
            } catch (MalformedInputException e) {
                throw new CommandFailure(file + " is not UTF-8 text; save it from the spreadsheet as CSV UTF-8.");
            }
            OutletImport result = app().settingsService().importOutlets(actingAs(), csv);
            out().println("Imported " + file.getFileName() + ": " + result.describe() + ".");
            return 0;
        }
    }

    /** {@code settings outlets export [--out FILE]}: every outlet as CSV. */
    @Command(name = "export", description = "Write every outlet as CSV, to a file or standard output.")
    static final class Export extends DatabaseCommand implements Callable<Integer> {
        @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
        Path out;

        @Override
        public Integer call() throws IOException {
            String csv = app().settingsService().exportOutlets();
            writeOut(csv, out);
            return 0;
        }
    }
}
