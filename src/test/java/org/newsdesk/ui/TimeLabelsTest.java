package org.newsdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One date format everywhere, the locale's own: the same day reads the American way in the US and the British way in Britain. */
class TimeLabelsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T15:30:00Z");

    @Test
    void aDayFollowsTheLocale() {
        LocalDate day = LocalDate.of(2026, 11, 28);
        assertEquals("Nov 28, 2026", TimeLabels.date(day, Locale.US));
        assertEquals("28 Nov 2026", TimeLabels.date(day, Locale.UK));
    }

    @Test
    void aListShowsTheTimeTodayTheWeekdayThisWeekAndTheDateBefore() {
        assertEquals("9:05 AM", TimeLabels.relative(Instant.parse("2026-12-01T09:05:00Z"), NOW, ZoneOffset.UTC,
                Locale.US).replace('\u202F', ' '));
        assertEquals("09:05", TimeLabels.relative(Instant.parse("2026-12-01T09:05:00Z"), NOW, ZoneOffset.UTC,
                Locale.UK));
        assertEquals("Sat 09:05", TimeLabels.relative(Instant.parse("2026-11-28T09:05:00Z"), NOW, ZoneOffset.UTC,
                Locale.UK));
        assertEquals("Nov 20, 2026", TimeLabels.relative(Instant.parse("2026-11-20T09:05:00Z"), NOW,
                ZoneOffset.UTC, Locale.US));
        assertEquals("20 Nov 2025", TimeLabels.relative(Instant.parse("2025-11-20T09:05:00Z"), NOW,
                ZoneOffset.UTC, Locale.UK));
    }

    @Test
    void aTypedDateIsReadInTheFormShownOrInIsoForm() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT, Locale.US);
            assertEquals(LocalDate.of(2026, 12, 1), TimeLabels.parseDate("Dec 1, 2026").orElseThrow());
            assertEquals(LocalDate.of(2026, 12, 1), TimeLabels.parseDate("2026-12-01").orElseThrow());
            assertEquals(true, TimeLabels.parseDate("next Tuesday").isEmpty());
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    @Test
    void everyScreenFormatsDatesThroughTimeLabelsSoTheyReadAlike() throws java.io.IOException {
        java.nio.file.Path ui = java.nio.file.Path.of("src/main/java/org/newsdesk/ui");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(ui)) {
            java.util.List<String> own = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("TimeLabels.java"))
                    .filter(file -> {
                        try {
                            String text = java.nio.file.Files.readString(file);
                            return text.contains("DateTimeFormatter") || text.contains("SimpleDateFormat");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .map(file -> ui.relativize(file).toString()).sorted().toList();
            assertEquals(java.util.List.of(), own, "these format dates their own way");
        }
    }
}
