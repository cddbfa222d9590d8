package org.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every class small enough to read in one sitting (issue 14): a main source file of more than
 * {@value #MOST_LINES} lines is split by what it holds, not let grow.
 */
class ClassSizeTest {
    static final int MOST_LINES = 400;

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void noMainClassIsLongerThanFourHundredLines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(MAIN)) {
            tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> lines(file) > MOST_LINES)
                    .map(file -> MAIN.relativize(file) + " (" + lines(file) + " lines)")
                    .sorted().toList();
        }
        assertEquals(List.of(), tooLong, "split these by what they hold, each part under " + MOST_LINES + " lines");
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + file, e);
        }
    }
}
