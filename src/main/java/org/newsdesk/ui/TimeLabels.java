package org.newsdesk.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as a calm list shows them: "12:03" today, "Mon 12:03" this week, "27 Nov" this year, else "27 Nov 2023". */
public final class TimeLabels {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private TimeLabels() {
    }

    public static String relative(Instant at, Instant now, ZoneId zone) {
        if (at == null) {
            return "";
        }
        ZonedDateTime then = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate day = then.toLocalDate();
        if (day.equals(today)) {
            return TIME.format(then);
        }
        if (day.isAfter(today.minusDays(7))) {
            return WEEKDAY.format(then);
        }
        return day.getYear() == today.getYear() ? DAY.format(then) : FULL.format(then);
    }

    public static String relative(Instant at) {
        return relative(at, Instant.now(), ZoneId.systemDefault());
    }

    /** The clock time alone, "12:03", for "Saved 12:03". */
    public static String clock(Instant at) {
        return TIME.format(at.atZone(ZoneId.systemDefault()));
    }

    /** A date as a reader sees it: "27 Nov 2023". */
    public static String date(Instant at) {
        return at == null ? "" : FULL.format(at.atZone(ZoneId.systemDefault()));
    }
}
