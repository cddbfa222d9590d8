package org.newsdesk.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(20)
class SavedPageTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <link rel="canonical" href="https://news.example.com/a?x=1&amp;y=2"><meta property="og:url" content="https://news.example.com/og"> | https://news.example.com/a?x=1&y=2
            <meta property="og:url" content="https://news.example.com/og"> | https://news.example.com/og
            <!-- saved from url=(0036)https://news.example.com/2024/story --> | https://news.example.com/2024/story
            <link rel="canonical" href="/relative"> | 
            """)
    void theOriginalAddressComesFromCanonicalThenOgUrlThenTheSavedFromComment(String head, String expected)
            throws IOException {
        Path file = folder.resolve("Story.html");
        Files.writeString(file, "<!DOCTYPE html>\n" + head + "\n<html><head><title>T</title></head><body><p>x</p></body></html>");

        assertEquals(expected, SavedPage.read(file).originalUrl());
    }

    @Test
    void aPageSavedWithItsFilesFolderIsReadAndTheFolderIgnored() throws IOException {
        Path file = folder.resolve("Council budget.htm");
        Path assets = folder.resolve("Council budget_files");
        Files.createDirectories(assets);
        Files.write(assets.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Files.writeString(assets.resolve("app.js"), "document.write('x')");
        String html = "<!-- saved from url=(0029)https://example.com/council -->\n<html><head>"
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<script src=\"./Council budget_files/app.js\"></script></head><body><p>Café “budget”</p>"
                + "<img src=\"./Council budget_files/logo.png\"></body></html>";
        Files.write(file, html.getBytes(Charset.forName("windows-1252")));

        SavedPage page = SavedPage.read(file);

        assertEquals("https://example.com/council", page.originalUrl());
        assertTrue(page.html().contains("Café “budget”"));
    }

    @Test
    void aPageWithoutAnAddressHasNone() throws IOException {
        Path file = folder.resolve("plain.html");
        Files.writeString(file, "<p>Nothing says where I came from.</p>", StandardCharsets.UTF_8);

        assertNull(SavedPage.read(file).originalUrl());
    }

    @Test
    void filesThatAreNotSavedPagesAreRefusedWithAClearSentence() throws IOException {
        Path binary = folder.resolve("photo.html");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0, 1, 2, 3});
        Path pdf = folder.resolve("report.pdf");
        Files.writeString(pdf, "%PDF-1.7");

        assertEquals(binary + " holds binary data, not a web page.",
                assertThrows(ClipException.class, () -> SavedPage.read(binary)).getMessage());
        assertEquals(pdf + " is not a saved web page (.html or .htm).",
                assertThrows(ClipException.class, () -> SavedPage.read(pdf)).getMessage());
        assertEquals(folder.resolve("missing.html") + " does not exist.",
                assertThrows(ClipException.class, () -> SavedPage.read(folder.resolve("missing.html"))).getMessage());
        assertEquals(folder + " is a folder, not a saved page.",
                assertThrows(ClipException.class, () -> SavedPage.read(folder)).getMessage());
    }
}
