package org.newsdesk.testing;

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
public final class SampleDesk {
    public static final String EDITOR = "Eve Marsh";
    public static final String WRITER = "Ted Alvarez";
    public static final String SECOND_WRITER = "Nora Kim";

    private final App app;

    private SampleDesk(App app) {
        this.app = app;
    }

    /** An empty newsroom in memory with its three people. */
    public static SampleDesk inMemory(Clock clock) {
        return withPeople(new App(Database.inMemory(), clock));
    }

    public static SampleDesk withPeople(App app) {
        app.people().welcome(EDITOR);
        app.people().add(EDITOR, WRITER, Role.WRITER);
        app.people().add(EDITOR, SECOND_WRITER, Role.WRITER);
        for (Item item : ITEMS) {
            app.stores().outlets().save(new Outlet(item.outlet(), item.attribution(), List.of(item.domain())));
        }
        return new SampleDesk(app);
    }

    public App app() {
        return app;
    }

    /** A story by {@code writer}, with a clip of its source, submitted for review. */
    public Story submitted(String writer, String headline, String body, String section) {
        Clip clip = app.stores().clips().insert(new Clip(UUID.randomUUID(), "https://www.example-news.com/"
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
            Clip clip = app.stores().clips().insert(new Clip(UUID.randomUUID(), item.url(), item.url(), item.sourceTitle(),
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

    /**
     * Writes a realistic day into the database file named by the first argument: thirteen approved stories, twelve
     * of them in today's edition in three sections, and two in the review queue, one of them returned once and
     * resubmitted.
     */
    public static void main(String[] args) {
        try (App app = App.open(Path.of(args[0]))) {
            SampleDesk newsroom = withPeople(app);
            List<Story> stories = newsroom.realisticDay(13);
            java.time.LocalDate today = java.time.LocalDate.now(app.clock());
            app.editionService().create(EDITOR, today, "");
            for (Story story : stories.subList(0, 12)) {
                app.editionService().add(EDITOR, today, List.of(story.id()), story.section());
            }
            Story resubmitted = stories.get(14);
            app.storyService().returnToWriter(EDITOR, resubmitted.id(),
                    "Say how many calls and since when, and who runs the program.");
            Story returned = app.storyService().find(resubmitted.id()).orElseThrow();
            app.storyService().save(returned.author(), returned.withText(returned.headline(), returned.body()
                    .replace("more than 20,000 calls", "more than 20,000 calls since 2020")
                    .replace("Denver's program", "Denver's STAR program, run by the health department,")));
            app.storyService().submit(returned.author(), returned.id());
        }
    }

    /** One item of the sample day: the summary, where it comes from, and a passage of its source. */
    public record Item(String headline, String body, String section, List<String> tags, String outlet, String attribution,
                String domain, String url, String sourceTitle, String byline, String sourceText) {
    }

    public static final List<Item> ITEMS = List.of(
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

                    Any agreement would be politically delicate. Members of Congress from both parties have pressed \
                    the administration to keep the sanctions in place, and human-rights groups say lifting them \
                    would reward Beijing for years of stalling. Administration officials counter that the working \
                    group could begin with modest steps, such as sharing information on shipments of pill presses \
                    and precursor chemicals, before any decision on the institute is made.
                    """, "Drugs", List.of("fentanyl", "China"), "The Wall Street Journal",
                    "the Wall Street Journal", "wsj.com",
                    "https://www.wsj.com/politics/national-security/"
                            + "us-seeks-to-revive-chinas-help-in-fighting-fentanyl",
                    "U.S. Seeks to Revive China's Help in Fighting Fentanyl", "By Vivian Salama",
                    "The Biden administration is weighing a deal with China.\n\n"
                            + "Officials see cooperation as critical."),
            new Item("Overdose Deaths Fall for the First Time in Five Years",
                    """
                    Drug overdose deaths in the United States fell about 3 percent last year, the first annual \
                    decline since 2018, according to provisional federal data, the Associated Press reports. \
                    Roughly 107,500 people died, down from about 111,000 the year before; deaths involving \
                    fentanyl and other synthetic opioids dropped, while those tied to stimulants such as \
                    methamphetamine and cocaine kept rising.

                    Experts cautioned that the decline is modest and uneven: some Western states still saw large \
                    increases. They credit wider access to naloxone, more treatment, and a shift in the drug supply.

                    Public health researchers warned against reading too much into a single year of provisional \
                    numbers, which are often revised upward as death investigations are completed. They noted that \
                    deaths among older adults and Black and Native American residents continued to climb, and that \
                    the drug supply in many cities now mixes fentanyl with the animal sedative xylazine, which does \
                    not respond to naloxone and causes severe wounds.
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

                    The programs remain small: most distribute a few thousand strips a month, and only a handful of \
                    cities can afford the machines that identify every substance in a sample. Organizers say the \
                    results are shared with hospitals and medical examiners so that emergency rooms know what to \
                    expect, and some programs post weekly alerts online when a batch turns up with an unexpected \
                    adulterant. \
                    In Baltimore, the health department now mails free strips to anyone who asks.
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

                    Cities across the West have watched the case closely. Officials in Phoenix, Los Angeles and San \
                    Francisco told the court that the 2018 ruling made it difficult to clear encampments even when \
                    shelter was offered, while advocates for homeless people argued that fines and jail time only \
                    push people from one block to the next and make it harder for them to find housing or keep a \
                    job.
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

                    Defense lawyers are divided as well. Some say clients prefer a quick hearing by video to weeks \
                    in a county jail waiting for a transport, while others worry that judges are less moved by a \
                    defendant they see only on a screen. A study of bail hearings in Chicago found that defendants \
                    who appeared by video received higher bail amounts than those who appeared in person. \
                    Whatever the justices decide will shape how dozens of cities treat people living in cars, tents \
                    and doorways.
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

                    The crisis has drawn national attention because it tests the constitutional right to counsel. \
                    The Sixth Amendment guarantees a lawyer to anyone facing jail time who cannot afford one, and a \
                    federal judge has ordered the state to release people held without representation for more than \
                    a week. State officials said they expect the backlog to ease only gradually as new hires finish \
                    training.
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

                    The man, who had been sentenced for a nonviolent drug offense, wrote letters to the warden and \
                    to the department asking to be released, according to court filings. A Justice Department \
                    investigation last year found that the state routinely held people past their release dates, \
                    often because paperwork from local courts arrived late or was entered incorrectly, and that the \
                    department knew about the problem for a decade. \
                    Defense lawyers say the shortage also delays trials for people who are out on bail, sometimes \
                    for more than a year.
                    """, "Prisons and Policing", List.of("overdetention", "Louisiana"), "The Appeal", "the Appeal",
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

                    The trial is expected to last several weeks and to feature testimony from guards, medical staff \
                    and family members of men who died during heat waves. Temperature logs kept by the prisons \
                    themselves will be central to the case. Corrections officials say they have installed more \
                    temporary cooling units, but the union representing officers says staff also suffer in the \
                    heat, and some have quit. \
                    The department has not said how many people are still waiting for a corrected release date.
                    """, "Prisons and Policing", List.of("heat", "Texas"), "The Texas Tribune", "the Texas Tribune",
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

                    The law also bars the use of solitary as punishment for more than a few days in a row and \
                    requires that detainees held apart from others receive at least seven hours a day outside their \
                    cells. Advocates who pushed for the measure point to deaths at Rikers in recent years, several \
                    of them involving people who had been held in isolation or in cells designed for short stays. \
                    At least a dozen deaths have been linked to heat in the prisons since 2018, according to the \
                    plaintiffs.
                    """, "Prisons and Policing", List.of("solitary", "Rikers"), "Gothamist", "Gothamist",
                    "gothamist.com",
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

                    Departments using the drones say that operators can often tell within minutes whether a call is \
                    serious, which lets officers focus on emergencies. Several cities have published flight logs \
                    and maps of where drones flew, but privacy advocates note that cameras pointed at a scene \
                    inevitably record neighbors and passers-by, and they want clear limits on facial recognition \
                    and on sharing footage with other agencies. \
                    The city has asked the monitor for more time to train officers in the new rules.
                    """, "Prisons and Policing", List.of("drones", "surveillance"), "The Washington Post",
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

                    The decision ends a partnership that cost the city about $49 million over six years. The city's \
                    inspector general found in 2021 that fewer than one in ten alerts led police to evidence of a \
                    gun-related crime, and researchers have questioned whether the sensors send officers \
                    disproportionately into Black and Latino neighborhoods, where the devices were concentrated. \
                    Other cities, including Houston, are reviewing their own contracts.
                    """, "Prisons and Policing", List.of("ShotSpotter", "Chicago"),
                    "Chicago Sun-Times", "the Chicago Sun-Times",
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

                    Under the laws, eligible misdemeanors and some felonies are sealed after a waiting period if \
                    the person has not been convicted of a new crime. Advocates estimate that tens of millions of \
                    Americans have a record that could qualify. Employers' groups have largely supported the \
                    measures because of labor shortages, though some ask for more time before records of certain \
                    offenses disappear from view. \
                    Several states are considering laws that would extend sealing to more serious felonies after a \
                    longer waiting period.
                    """, "Prisons and Policing", List.of("records", "reentry"),
                    "Stateline", "Stateline", "stateline.org",
                    "https://stateline.org/2024/05/10/clean-slate-laws-expand/",
                    "Clean slate laws expand", "By Amanda Hernández",
                    "More than a dozen states seal records.\n\nBackground-check companies raised concerns."),
            new Item("Bail Reform Study Finds No Rise in Rearrests",
                    """
                    A study of Illinois' elimination of cash bail found no increase in rearrests of people \
                    released before trial, Bolts reports. Researchers at Loyola University compared a year before \
                    and after the change and found jail populations fell by about 10 percent.

                    Prosecutors say the law has made it harder to hold people accused of domestic violence.

                    The study examined court and arrest records for tens of thousands of people charged in the \
                    state's largest counties. The authors caution that their data cover only the first year and \
                    that judges' use of the new detention hearings varies widely from county to county. Supporters \
                    of the law say it ends the practice of jailing people simply because they are poor, while \
                    sheriffs remain divided. \
                    A second study, covering a longer period, is under way and will look at how victims were \
                    notified of releases.
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

                    The report notes that people over 55 are the fastest-growing group in state prisons and are the \
                    least likely to commit new crimes after release. Caring for them costs states far more than \
                    housing younger prisoners because of chronic illness and dementia. Several states have created \
                    geriatric or medical parole, but the number of people released under those programs remains \
                    very small, the report finds. \
                    Only a few states publish how many parole hearings they hold each year and how many end in release.
                    """, "Prisons and Policing", List.of("parole"),
                    "Prison Policy Initiative", "the Prison Policy Initiative",
                    "prisonpolicy.org", "https://www.prisonpolicy.org/reports/parole2024.html",
                    "Parole grant rates fall", "By Leah Wang",
                    "Parole grant rates have fallen.\n\nBoard members say safety comes first."),
            new Item("Cities Weigh Civilian Responders for Mental Health Calls",
                    """
                    Denver's program sends clinicians instead of police to some 911 calls and has handled more than \
                    20,000 calls without an arrest, Route Fifty reports. Other cities are copying it, though \
                    staffing shortages have kept several programs from running around the clock.

                    Police unions have mostly supported the programs, which free officers for violent crime.

                    Programs elsewhere have struggled to hire mental health clinicians, who can earn more in \
                    private practice, and some have been cut back to daytime hours. Researchers who studied the \
                    program found that reports of low-level crimes fell in the neighborhoods it served. City \
                    officials say the responders also connect people to housing and treatment, which they hope will \
                    reduce repeat calls over time. \
                    Similar programs now run in Albuquerque, Portland and Olympia, and federal grants have helped \
                    pay for them.
                    """, "Prisons and Policing", List.of("mental health"),
                    "Route Fifty", "Route Fifty", "route-fifty.com",
                    "https://www.route-fifty.com/public-safety/2024/05/civilian-responders/",
                    "Civilian responders spread", "By Kery Murakami",
                    "Denver's program has handled 20,000 calls.\n\nPolice unions have supported the programs."));
}
