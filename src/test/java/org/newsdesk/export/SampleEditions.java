package org.newsdesk.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Edition;
import org.newsdesk.model.EditionStatus;
import org.newsdesk.model.NewsroomSettings;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Section;
import org.newsdesk.model.Story;
import org.newsdesk.model.StoryStatus;

/** Editions built in memory for the export tests, in the shape of the crime-and-justice sample. */
final class SampleEditions {
    static final LocalDate DATE = LocalDate.of(2024, 5, 14);
    static final Instant CAPTURED = Instant.parse("2024-05-14T08:00:00Z");
    static final Outlet WSJ = new Outlet("The Wall Street Journal", "the Wall Street Journal", List.of("wsj.com"));
    static final Outlet AP = new Outlet("Associated Press", "the Associated Press", List.of("apnews.com"));

    static final String FENTANYL_BODY = """
            The Biden administration is pursuing a deal to win China's renewed cooperation fighting the fentanyl \
            crisis by trading something that Beijing has demanded: lifting sanctions on a Chinese police forensics \
            institute suspected of participating in human-rights abuses, the Wall Street Journal reports. Secretary \
            of State Antony Blinken during meetings in Beijing last month proposed setting up a new working group \
            with China to try to resuscitate stalled talks on combating fentanyl.

            Stopping the flow of fentanyl into the U.S. is a Biden administration priority, with the opioid \
            scourge unleashing a wave of deaths across America. U.S. officials see China as having a critical role \
            in that effort. Chinese companies produce chemicals, known as [precursors](https://www.dea.gov/precursors), \
            that are shipped to cartels in Mexico.
            """;

    private SampleEditions() {
    }

    static NewsroomSettings settings() {
        return new NewsroomSettings("Crime and Justice News", "A daily digest of criminal justice reporting",
                "A daily report co-sponsored by Arizona State University, Criminal Justice Journalists, and the"
                        + " National Criminal Justice Association",
                "https://news.example.org/", "Crime and Justice News", 90, "", List.of("Top stories"), 150, 250);
    }

    static Clip clip(String url, String title, String siteName) {
        return new Clip(uuid("clip " + url), url, null, title, "Jane Reporter", siteName, CAPTURED,
                "https://images.example.com/" + Math.abs(url.hashCode()) + ".jpg", "en", "Paragraph one.\n\nTwo.",
                CAPTURED);
    }

    static Story story(String headline, String body, Clip clip, String outlet, String attribution, String section) {
        return new Story(uuid("story " + headline), headline, body, List.of(clip.id()), outlet, attribution,
                section, List.of(), "Ted", StoryStatus.APPROVED, 3, CAPTURED, CAPTURED, "Ted");
    }

    /** The sample edition: the fentanyl story from the seed post, and one story that needs its attribution added. */
    static EditionContent sample() {
        Clip wsj = clip("https://www.wsj.com/politics/national-security/us-china-fentanyl-deal", "U.S. Seeks"
                + " to Revive China's Help in Fighting Fentanyl Production", "The Wall Street Journal");
        Clip ap = clip("https://apnews.com/article/police-body-cameras-footage", "Police footage rules vary",
                "AP News");
        Story fentanyl = story("U.S. Seeks to Revive China's Help in Fighting Fentanyl Production", FENTANYL_BODY,
                wsj, WSJ.name(), "", "Drugs");
        Story cameras = story("States Split on Releasing Police Body-Camera Footage",
                "Legislatures in a dozen states are weighing rules on when body-camera footage must be released.\n\n"
                        + "Advocates say *delays* undermine trust.", ap, AP.name(), "", "Policing");
        Edition edition = new Edition(uuid("edition " + DATE), DATE, "", "Fentanyl talks with China and body-camera"
                + " rules lead today's report.", EditionStatus.DRAFT,
                List.of(new Section("Drugs", List.of(fentanyl.id())), new Section("Policing", List.of(cameras.id()))),
                null);
        List<ArchiveEntry> earlier = List.of(
                new ArchiveEntry(DATE.minusDays(1), "", List.of("Prison Staffing Crisis Deepens", "Court Backs Bail Law"),
                        Instant.parse("2024-05-13T11:00:00Z")),
                new ArchiveEntry(DATE.minusDays(4), "Weekend edition", List.of("Crime Falls in Big Cities"), null));
        return new EditionContent(edition, List.of(new EditionItem(fentanyl, List.of(wsj), WSJ),
                new EditionItem(cameras, List.of(ap), AP)), earlier, settings());
    }

    /** An edition of {@code count} stories of about 200 words each, as long as a busy day's edition gets. */
    static EditionContent large(int count, NewsroomSettings settings) {
        List<EditionItem> items = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Clip clip = clip("https://www.wsj.com/articles/story-number-" + i + "-about-courts-and-crime",
                    "Story number " + i, "The Wall Street Journal");
            StringBuilder body = new StringBuilder();
            for (int paragraph = 0; paragraph < 2; paragraph++) {
                for (int sentence = 0; sentence < 5; sentence++) {
                    body.append("Officials in county ").append(i).append(" said the new sentencing guidelines"
                            + " would take effect next month after a review by the state's highest court. ");
                }
                body.append("\n\n");
            }
            Story story = story("Story " + i + ": County Courts Adopt New Sentencing Guidelines", body.toString(),
                    clip, WSJ.name(), "", "Courts");
            items.add(new EditionItem(story, List.of(clip), WSJ));
            ids.add(story.id());
        }
        Edition edition = new Edition(uuid("large"), DATE, "", "", EditionStatus.DRAFT,
                List.of(new Section("Courts", ids)), null);
        return new EditionContent(edition, items, List.of(), settings);
    }

    static UUID uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
