package org.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataLocationTest {
    @ParameterizedTest
    @CsvSource(textBlock = """
            Linux,    '',              '',                /home/ann/.local/share/newsdesk/newsdesk.db
            Linux,    /data,           '',                /data/newsdesk/newsdesk.db
            Mac OS X, '',              '',                /home/ann/Library/Application Support/Newsdesk/newsdesk.db
            Linux,    /data,           /srv/desk.db,      /srv/desk.db
            """)
    void theDefaultFollowsTheOperatingSystemAndTheEnvironment(String os, String xdg, String fromEnvironment,
                                                              String expected) {
        Map<String, String> environment = new java.util.HashMap<>();
        if (!xdg.isEmpty()) {
            environment.put("XDG_DATA_HOME", xdg);
        }
        if (!fromEnvironment.isEmpty()) {
            environment.put(DataLocation.ENVIRONMENT_VARIABLE, fromEnvironment);
        }

        assertEquals(Path.of(expected), DataLocation.resolve(null, environment, os, "/home/ann"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Linux,   /srv/env.db
            Windows, /srv/env.db
            """)
    void anExplicitPathWinsOverEverything(String os, String fromEnvironment) {
        assertEquals(Path.of("/tmp/x.db"), DataLocation.resolve(Path.of("/tmp/x.db"),
                Map.of(DataLocation.ENVIRONMENT_VARIABLE, fromEnvironment), os, "/home/ann"));
    }
}
