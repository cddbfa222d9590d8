package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The themes must load on the Java the README names (AtlantaFX 2.1's classes need Java 21 and did not). */
class ThemeTest {
    @Test
    void bothPrimerStylesheetsAreFoundOnThisJava() throws Exception {
        for (atlantafx.base.theme.Theme primer : new atlantafx.base.theme.Theme[] {new PrimerLight(), new PrimerDark()}) {
            String sheet = primer.getUserAgentStylesheet();
            URL found = ThemeTest.class.getResource(sheet.startsWith("/") ? sheet : "/" + sheet);
            assertNotNull(found, sheet);
            try (var in = found.openStream()) {
                assertNotNull(in.readNBytes(64));
            }
        }
    }
}
