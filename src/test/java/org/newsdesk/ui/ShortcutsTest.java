package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/** No shortcut fights the desktop, and every shortcut a person reads is in the platform's own words. */
class ShortcutsTest {
    @Test
    void noActionTakesAShortcutADesktopKeepsAndQuitIsThePlatformsOwn() {
        for (String shortcut : Shortcuts.ACTIONS) {
            assertFalse(Shortcuts.RESERVED.contains(shortcut), shortcut + " is kept by a desktop");
        }
        assertEquals("Shortcut+Q", Shortcuts.QUIT);
        assertEquals(Shortcuts.ACTIONS.size(), new HashSet<>(Shortcuts.ACTIONS).size(), "two actions share a key");
        assertFalse(Shortcuts.ACTIONS.contains(Shortcuts.QUIT));
    }

    @Test
    void theMenusTakeTheirShortcutsFromTheTable() throws IOException {
        String menus = Files.readString(Path.of("src/main/java/org/newsdesk/ui/MainMenus.java"));

        assertFalse(menus.matches("(?s).*\"Shortcut\\+[A-Za-z0-9]+\".*"), "a shortcut written into the menus");
        assertTrue(menus.contains("Shortcuts.QUOTE") && menus.contains("Shortcuts.QUIT"));
    }

    @Test
    void shortcutsAreShownInThePlatformsWords() throws IOException {
        assertEquals(KeyCombination.keyCombination("Shortcut+L").getDisplayText(), Shortcuts.text(Shortcuts.CLIP_URL));
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("src/main/java/org/newsdesk/ui")),
                Files.walk(Path.of("src/main/resources/org/newsdesk/ui")))) {
            files = walk.filter(Files::isRegularFile).filter(file -> !file.endsWith("Shortcuts.java"))
                    .filter(file -> file.toString().matches(".*\\.(java|fxml|css)")).toList();
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                String code = line.strip();
                if (code.startsWith("*") || code.startsWith("/**") || code.startsWith("//")) {
                    continue;
                }
                assertFalse(code.contains("Ctrl+") || code.contains("Cmd+"), file + ": a shortcut hard-coded as"
                        + " Ctrl or Cmd: " + code);
            }
        }
    }
}
