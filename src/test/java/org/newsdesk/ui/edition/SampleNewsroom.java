package org.newsdesk.ui.edition;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.newsdesk.App;
import org.newsdesk.model.Clip;
import org.newsdesk.model.Outlet;
import org.newsdesk.model.Role;
import org.newsdesk.model.Story;
import org.newsdesk.store.Database;

/**
 * A newsroom for the editor's screens: an editor (Eve), two writers, and stories with their clips, written the way
 * a crime-and-justice digest reads. {@link #main} writes a realistic day (a dozen approved stories, three submitted)
 * into a database file for looking at the real window.
 */
public final class SampleNewsroom {
    public static final String EDITOR = "Eve Marsh";
    public static final String WRITER = "Ted Alvarez";
    public static final String SECOND_WRITER = "Nora Kim";

    private final App app;

    private SampleNewsroom(App app) {
        this.app = app;
    }

    /** An empty newsroom in memory with its three people. */
    public static SampleNewsroom inMemory(Clock clock) {
        return withPeople(new App(Database.inMemory(), clock));
    }

    public static SampleNewsroom withPeople(App app) {
        app.people().welcome(EDITOR);
        app.people().add(EDITOR, WRITER, Role.WRITER);
        app.people().add(EDITOR, SECOND_WRITER, Role.WRITER);
        for (Item item : ITEMS) {
            app.outlets().save(new Outlet(item.outlet(), item.attribution(), List.of(item.domain())));
        }
        return new SampleNewsroom(app);
    }

    public App app() {
        return app;
    }

    /** A story by {@code writer}, with a clip of its source, submitted for review. */
    public Story submitted(String writer, String headline, String body, String section) {
        Clip clip = app.clips().insert(new Clip(UUID.randomUUID(), "https://www.example-news.com/"
                + UUID.randomUUID(), null, headline + " (source)", "By A. Reporter", "Example News",
                app.clock().instant().minus(Duration.ofHours(5)), null, "en",
                "The source article's first paragraph.\n\nIts second paragraph, with the quotes.",
                app.clock().instant()), null);
        Story draft = app.storyService().create(writer, headline, body, List.of(clip.id()));
        Story detailed = app.storyService().save(writer,
                draft.withDetails("Example News", "Example News", section, List.of()));
        return app.storyService().submit(writer, detailed.id());
    }

    /** A story submitted and approved by the editor. */
    public Story approved(String writer, String headline, String body, String section) {
        return app.storyService().approve(EDITOR, submitted(writer, headline, body, section).id());
    }

    /** The sample items as stories: the first {@code approved} approved, the rest only submitted. */
    public List<Story> realisticDay(int approved) {
        List<Story> stories = new java.util.ArrayList<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            Item item = ITEMS.get(i);
            String writer = i % 3 == 2 ? SECOND_WRITER : WRITER;
            Instant published = app.clock().instant().minus(Duration.ofHours(20 - i));
            Clip clip = app.clips().insert(new Clip(UUID.randomUUID(), item.url(), item.url(), item.sourceTitle(),
                    item.byline(), item.outlet(), published, null, "en", item.sourceText(),
                    app.clock().instant()), null);
            Story draft = app.storyService().create(writer, item.headline(), item.body(), List.of(clip.id()));
            Story detailed = app.storyService().save(writer, draft.withDetails(item.outlet(),
                    item.attribution() + " reports", item.section(), item.tags()));
            Story submitted = app.storyService().submit(writer, detailed.id());
            stories.add(i < approved ? app.storyService().approve(EDITOR, submitted.id()) : submitted);
        }
        return stories;
    }

    /** Writes a realistic day into the database file named by the first argument. */
    public static void main(String[] args) {
        try (App app = App.open(Path.of(args[0]))) {
            SampleNewsroom newsroom = withPeople(app);
            newsroom.realisticDay(Integer.parseInt(args.length > 1 ? args[1] : "12"));
        }
    }

    /** One item of the sample day: the summary, where it comes from, and a passage of its source. */
    record Item(String headline, String body, String section, List<String> tags, String outlet, String attribution,
                String domain, String url, String sourceTitle, String byline, String sourceText) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("U.S. Seeks to Revive China's Help in Fighting Fentanyl",
                    """
                    The Biden administration is weighing a deal to win back China's help against the fentanyl \
                    crisis by lifting sanctions on a Chinese police forensics institute, the Wall Street Journal \
                    reports. During meetings in Beijing last month, Secretary of State Antony Blinken proposed a \
                    new working group to restart stalled counternarcotics talks, but Chinese officials insisted \
                    that the sanctions be lifted first.

                    Chinese companies make the precursor chemicals that Mexican cartels turn into fentanyl, so \
                    officials see Beijing's cooperation as critical to slowing a drug that is killing Americans in \
                    record numbers. China denies the abuses it is accused of and says the sanctions keep it from \
                    buying equipment for drug enforcement.
                    """, "Drugs", List.of("fentanyl", "China"), "The Wall Street Journal",
                    "the Wall Street Journal", "wsj.com",
                    "https://www.wsj.com/politics/national-security/us-seeks-to-revive-chinas-help-in-fighting-fentanyl",
                    "U.S. Seeks to Revive China's Help in Fighting Fentanyl", "By Vivian Salama",
                    "The Biden administration is weighing a deal with China.\n\nOfficials see cooperation as critical."),
            new Item("Overdose Deaths Fall for the First Time in Five Years",
                    """
                    Drug overdose deaths in the United States fell about 3 percent last year, the first annual \
                    decline since 2018, according to provisional federal data, the Associated Press reports. \
                    Roughly 107,500 people died, down from about 111,000 the year before; deaths involving \
                    fentanyl and other synthetic opioids dropped, while those tied to stimulants such as \
                    methamphetamine and cocaine kept rising.

                    Experts cautioned that the decline is modest and uneven: some Western states still saw large \
                    increases. They credit wider access to naloxone, more treatment, and a shift in the drug supply.
                    """, "Drugs", List.of("overdoses"), "Associated Press", "the Associated Press", "apnews.com",
                    "https://apnews.com/article/overdose-deaths-decline-fentanyl",
                    "Overdose deaths fell in 2023", "By Mike Stobbe",
                    "Drug overdose deaths fell last year.\n\nExperts cautioned the decline is modest."),
            new Item("Cities Bet on Drug Checking to Cut Deaths",
                    """
                    A growing number of cities are paying for test strips and spectrometers that let people check \
                    street drugs for fentanyl and xylazine before using them, the Marshall Project reports. Public \
                    health officials in Philadelphia and Seattle say the programs give early warning when a new \
                    adulterant appears and build trust with people who avoid clinics.

                    Critics argue the tools make drug use seem safer than it is, and several states still classify \
                    test strips as paraphernalia, although most have changed their laws since 2022.
                    """, "Drugs", List.of("harm reduction"), "The Marshall Project", "the Marshall Project",
                    "themarshallproject.org", "https://www.themarshallproject.org/2024/05/09/drug-checking-fentanyl",
                    "The drug-checking experiment", "By Keri Blakinger",
                    "Cities are paying for test strips.\n\nCritics argue the tools make drug use seem safer."),
            new Item("Supreme Court Weighs Limits on Homeless Camping Bans",
                    """
                    The Supreme Court heard arguments over whether cities may punish people for sleeping outside \
                    when no shelter beds are available, the New York Times reports. The case, brought by Grants \
                    Pass, Ore., tests a 2018 appeals court ruling that such bans amount to cruel and unusual \
                    punishment under the Eighth Amendment.

                    Several justices appeared skeptical that courts should set homelessness policy, while others \
                    asked how a person could comply with a law against being homeless. A ruling is expected by \
                    the end of June.
                    """, "Courts", List.of("homelessness", "Supreme Court"), "The New York Times",
                    "the New York Times", "nytimes.com",
                    "https://www.nytimes.com/2024/04/22/us/politics/supreme-court-homeless-camping.html",
                    "Justices Weigh Camping Bans", "By Adam Liptak",
                    "The Supreme Court heard arguments.\n\nA ruling is expected by the end of June."),
            new Item("Federal Judges Split Over Remote Sentencing Hearings",
                    """
                    A pandemic-era rule that let federal judges sentence defendants by video has left courts \
                    divided now that it has expired, Reuters reports. Some judges say video hearings spared \
                    families long trips and cut jail transport costs; others argue that a sentence should be \
                    pronounced face to face.

                    The Judicial Conference is studying whether to ask Congress for a permanent, narrower version \
                    of the rule, with the defendant's written consent required.
                    """, "Courts", List.of("sentencing"), "Reuters", "Reuters", "reuters.com",
                    "https://www.reuters.com/legal/federal-judges-split-remote-sentencing-2024-05-10/",
                    "Judges split over video sentencing", "By Nate Raymond",
                    "A pandemic-era rule has expired.\n\nThe Judicial Conference is studying it."),
            new Item("Public Defenders Quit Over Caseloads in Oregon",
                    """
                    Oregon's shortage of public defenders has left more than 3,000 people charged with crimes \
                    without a lawyer, Oregon Public Broadcasting reports. Dozens of defenders left last year, \
                    citing caseloads far above national standards, and judges have begun dismissing cases in \
                    which defendants waited months for counsel.

                    Lawmakers approved raises and a new state-run defender office, but officials say it will take \
                    years to hire enough attorneys.
                    """, "Courts", List.of("public defense"), "OPB", "Oregon Public Broadcasting", "opb.org",
                    "https://www.opb.org/article/2024/05/08/oregon-public-defender-shortage/",
                    "Oregon public defender shortage", "By Conrad Wilson",
                    "More than 3,000 people are without a lawyer.\n\nLawmakers approved raises."),
            new Item("Jury Awards $1.3 Million to Man Held Past His Release Date",
                    """
                    A federal jury in Louisiana awarded $1.3 million to a man who was held in state prison for \
                    more than two years past his release date, the Appeal reports. Lawyers say the case is one of \
                    thousands in which the state's corrections department miscalculated sentences.

                    The department says it has since hired more staff to compute release dates and is moving its \
                    records onto a new computer system.
                    """, "Prisons", List.of("overdetention", "Louisiana"), "The Appeal", "the Appeal",
                    "theappeal.org", "https://theappeal.org/louisiana-overdetention-jury-award/",
                    "Held for two extra years", "By Jerry Iannelli",
                    "A jury awarded $1.3 million.\n\nThe department says it hired more staff."),
            new Item("Heat Deaths Put Texas Prisons Without Air Conditioning on Trial",
                    """
                    A lawsuit over the deaths of incarcerated people during heat waves heads to trial in Texas, \
                    where about two-thirds of state prisons lack air conditioning, the Texas Tribune reports. \
                    Plaintiffs say indoor temperatures routinely pass 100 degrees; the state argues that fans, \
                    ice water and cooled respite areas are enough.

                    Legislators have repeatedly declined to fund air conditioning for every unit, estimating the \
                    cost at more than $1 billion.
                    """, "Prisons", List.of("heat", "Texas"), "The Texas Tribune", "the Texas Tribune",
                    "texastribune.org", "https://www.texastribune.org/2024/05/10/texas-prisons-heat-lawsuit/",
                    "Texas prison heat trial", "By Jolie McCullough",
                    "About two-thirds of prisons lack air conditioning.\n\nLegislators have declined to fund it."),
            new Item("Solitary Confinement Limits Take Effect in New York Jails",
                    """
                    New York City's jails must now limit solitary confinement to four hours at a time under a \
                    law that took effect this week, Gothamist reports. The mayor had vetoed the bill, and the \
                    council overrode him; jail officials warn the limits will make it harder to separate violent \
                    detainees.

                    A federal monitor overseeing Rikers Island said the department has not yet shown how it will \
                    comply.
                    """, "Prisons", List.of("solitary", "Rikers"), "Gothamist", "Gothamist", "gothamist.com",
                    "https://gothamist.com/news/solitary-confinement-law-takes-effect-nyc-jails",
                    "Solitary limits take effect", "By Samantha Max",
                    "Jails must limit solitary confinement.\n\nA federal monitor said compliance is unclear."),
            new Item("Police Departments Turn to Drones as First Responders",
                    """
                    Dozens of police departments now send drones to 911 calls before officers arrive, the \
                    Washington Post reports. Chula Vista, Calif., which pioneered the practice, says drones reach \
                    scenes in under two minutes and let officers cancel a quarter of dispatches.

                    Civil liberties groups warn the flights capture footage of bystanders and backyards, and few \
                    departments have policies on how long the video is kept.
                    """, "Policing", List.of("drones", "surveillance"), "The Washington Post",
                    "the Washington Post", "washingtonpost.com",
                    "https://www.washingtonpost.com/technology/2024/05/10/police-drones-first-responders/",
                    "Drones as first responders", "By Drew Harwell",
                    "Dozens of departments send drones to 911 calls.\n\nCivil liberties groups warn."),
            new Item("Chicago Ends ShotSpotter Contract",
                    """
                    Chicago has ended its contract for ShotSpotter, the gunshot-detection system, after studies \
                    found that most alerts led to no evidence of a gun crime, the Chicago Sun-Times reports. The \
                    mayor kept a campaign promise over objections from the police superintendent, who said the \
                    tool helped officers reach victims faster.

                    The company says its sensors have saved lives and that the city will lose data it relied on.
                    """, "Policing", List.of("ShotSpotter", "Chicago"), "Chicago Sun-Times", "the Chicago Sun-Times",
                    "suntimes.com", "https://chicago.suntimes.com/2024/05/10/shotspotter-contract-ends",
                    "Chicago ends ShotSpotter", "By Tom Schuba",
                    "Chicago has ended its contract.\n\nThe company says its sensors saved lives."),
            new Item("States Expand Clean Slate Laws to Seal Old Records",
                    """
                    More than a dozen states now seal many old criminal records automatically, without a petition, \
                    Stateline reports. Supporters say the laws help millions of people find jobs and housing; \
                    Michigan alone has cleared more than a million convictions since 2023.

                    Background-check companies have raised concerns about accuracy as records disappear from \
                    public databases at different speeds.
                    """, "Policing", List.of("records", "reentry"), "Stateline", "Stateline", "stateline.org",
                    "https://stateline.org/2024/05/10/clean-slate-laws-expand/",
                    "Clean slate laws expand", "By Amanda Hernández",
                    "More than a dozen states seal records.\n\nBackground-check companies raised concerns."),
            new Item("Bail Reform Study Finds No Rise in Rearrests",
                    """
                    A study of Illinois' elimination of cash bail found no increase in rearrests of people \
                    released before trial, Bolts reports. Researchers at Loyola University compared a year before \
                    and after the change and found jail populations fell by about 10 percent.

                    Prosecutors say the law has made it harder to hold people accused of domestic violence.
                    """, "Courts", List.of("bail", "Illinois"), "Bolts", "Bolts", "boltsmag.org",
                    "https://boltsmag.org/illinois-bail-reform-study/",
                    "Illinois bail study", "By Alex Burness",
                    "No increase in rearrests.\n\nProsecutors say the law made it harder."),
            new Item("Parole Boards Grant Fewer Releases Despite Aging Prisons",
                    """
                    Parole grant rates have fallen in several states even as prison populations grow older, the \
                    Prison Policy Initiative reports. Its review of 14 states found that boards often deny release \
                    based on the original offense rather than conduct in prison.

                    Board members say public safety must come first and point to high-profile crimes by people on \
                    parole.
                    """, "Prisons", List.of("parole"), "Prison Policy Initiative", "the Prison Policy Initiative",
                    "prisonpolicy.org", "https://www.prisonpolicy.org/reports/parole2024.html",
                    "Parole grant rates fall", "By Leah Wang",
                    "Parole grant rates have fallen.\n\nBoard members say safety comes first."),
            new Item("Cities Weigh Civilian Responders for Mental Health Calls",
                    """
                    Denver's program sending clinicians instead of police to some 911 calls has handled more than \
                    20,000 calls without an arrest, Route Fifty reports. Other cities are copying it, though \
                    staffing shortages have kept several programs from running around the clock.

                    Police unions have mostly supported the programs, which free officers for violent crime.
                    """, "Policing", List.of("mental health"), "Route Fifty", "Route Fifty", "route-fifty.com",
                    "https://www.route-fifty.com/public-safety/2024/05/civilian-responders/",
                    "Civilian responders spread", "By Kery Murakami",
                    "Denver's program has handled 20,000 calls.\n\nPolice unions have supported the programs."));
}
