package org.newsdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {
    @Test
    void theWindowsOwnOptionsStartTheDesktopDirectly() {
        assertEquals(Optional.of(new Main.DesktopStart(Path.of("/tmp/x.db"), false, "Nora Kim")),
                Main.DesktopStart.parse(new String[] {"--db", "/tmp/x.db", "--as", "Nora Kim"}));
        assertEquals(Optional.of(new Main.DesktopStart(null, false, "Ted")),
                Main.DesktopStart.parse(new String[] {"--as=Ted"}));
        assertEquals(Optional.of(new Main.DesktopStart(null, false)), Main.DesktopStart.parse(new String[0]));
        assertEquals(Optional.of(new Main.DesktopStart(Path.of("/tmp/x.db"), true)),
                Main.DesktopStart.parse(new String[] {"--db", "/tmp/x.db", "--exit-after-startup"}));
        assertEquals(Optional.of(new Main.DesktopStart(Path.of("/tmp/x.db"), false)),
                Main.DesktopStart.parse(new String[] {"--db=/tmp/x.db"}));
    }

    @ParameterizedTest
    @ValueSource(strings = {"story list", "--help", "--version", "--db", "--db a --db b", "pkg.ndpkg", "--as Ted story list"})
    void anythingElseGoesToTheCommandLine(String line) {
        assertTrue(Main.DesktopStart.parse(line.split(" ")).isEmpty(), line);
    }
}
