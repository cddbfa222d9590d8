package org.newsdesk.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Every date and time the app shows, in one format that follows the machine's locale: the locale's medium date
 * ("Dec 1, 2026" in the US, "1 Dec 2026" in Britain) and its short time ("12:08 AM", "00:08"). A calm list shows
 * the time alone today and the weekday and time this week.
 */
public final class TimeLabels {
    private TimeLabels() {
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    private static DateTimeFormatter time(Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    private static DateTimeFormatter day(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    private static DateTimeFormatter weekday(Locale locale) {
        String timePattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern("EEE " + timePattern, locale);
    }

    /** "12:03 PM" today, "Mon 12:03 PM" this week, else the date: "Nov 27, 2026". */
    public static String relative(Instant at, Instant now, ZoneId zone, Locale locale) {
        if (at == null) {
            return "";
        }
        ZonedDateTime then = at.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate date = then.toLocalDate();
        if (date.equals(today)) {
            return time(locale).format(then);
        }
        if (date.isAfter(today.minusDays(7)) && date.isBefore(today)) {
            return weekday(locale).format(then);
        }
        return day(locale).format(date);
    }

    public static String relative(Instant at) {
        return relative(at, Instant.now(), ZoneId.systemDefault(), locale());
    }

    /** The clock time alone, for "Saved 12:03 PM". */
    public static String clock(Instant at) {
        return time(locale()).format(at.atZone(ZoneId.systemDefault()));
    }

    /** A moment's date, "Nov 27, 2026". */
    public static String date(Instant at) {
        return at == null ? "" : day(locale()).format(at.atZone(ZoneId.systemDefault()).toLocalDate());
    }

    /** A day, such as an edition's: "Dec 1, 2026". */
    public static String date(LocalDate day) {
        return day == null ? "" : day(locale()).format(day);
    }

    public static String date(LocalDate day, Locale locale) {
        return day == null ? "" : day(locale).format(day);
    }

    /** A moment with its date and time: "Dec 1, 2026, 12:08 AM" (a backup, an export). */
    public static String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime then = at.atZone(ZoneId.systemDefault());
        return day(locale()).format(then) + ", " + time(locale()).format(then);
    }

    /** A day typed in the date format shown, or in ISO form (2026-12-01); empty when it is neither. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {day(locale()), DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale())}) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
