package org.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every class small enough to read in one sitting (issue 14): a main source file of more than
 * {@value #MOST_LINES} lines is split by what it holds, not let grow.
 */
class ClassSizeTest {
    static final int MOST_LINES = 400;

    /**
     * Being split under issue 14 while this test arrived; the lead removes each name once its split is merged.
     */
    private static final Set<String> BEING_SPLIT = Set.of();

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void noMainClassIsLongerThanFourHundredLines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(MAIN)) {
            tooLong = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !BEING_SPLIT.contains(MAIN.relativize(file).toString().replace('\\', '/')))
                    .filter(file -> lines(file) > MOST_LINES)
                    .map(file -> MAIN.relativize(file) + " (" + lines(file) + " lines)")
                    .sorted().toList();
        }
        assertEquals(List.of(), tooLong, "split these by what they hold, each part under " + MOST_LINES + " lines");
    }

    @Test
    void theExceptionsNameFilesThatExist() {
        for (String name : BEING_SPLIT) {
            assertTrue(Files.isRegularFile(MAIN.resolve(name)), name + " is gone: take it off the list");
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + file, e);
        }
    }
}
