package org.newsdesk.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** LanguageTool lives in a helper process while loaded, and unloading ends it, so its memory goes back. */
class ProofreaderTest {
    /** A rule name no other test uses, so this test gets a helper of its own. */
    private static final String OWN = "NEWSDESK_PROOFREADER_TEST";

    private static Optional<ProcessHandle> helper() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains(OWN)).findFirst();
    }

    @Test
    void languageToolRunsInAHelperThatUnloadingEnds() throws Exception {
        Proofreader proofreader = new Proofreader("en-US", Set.of(OWN));

        List<Proofreader.Match> matches = proofreader.check("The councl met.\n\nIt [passed](https://x.org/qzv).");
        ProcessHandle running = helper().orElseThrow(() -> new AssertionError("no helper process"));
        proofreader.unload();

        assertEquals(1, matches.size(), matches.toString());
        assertEquals(4, matches.get(0).start());
        assertTrue(matches.get(0).spelling());
        running.onExit().get(5, TimeUnit.SECONDS);
        assertFalse(running.isAlive());
        assertFalse(proofreader.isLoaded());
    }
}
