package org.newsdesk.ui.edition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.model.Edition;
import org.newsdesk.model.Section;
import org.newsdesk.model.Story;
import org.newsdesk.ui.edition.EditionBuilderViewModel.SectionView;

/**
 * How the edition's stories sit in sections on screen: the sections of an edition as shown (with the sections
 * added but still empty), and where a story goes one step up or down.
 */
final class EditionSections {
    /** A place in the edition: a section and a position in it (0 is first). */
    record Place(String section, int position) {
    }

    private EditionSections() {
    }

    /**
     * The sections of {@code shown} with the stories {@code known} has read, then the {@code added} sections not in
     * it yet (those that now are leave {@code added}); one empty {@code defaultSection} when there is nothing.
     */
    static List<SectionView> of(Edition shown, Map<UUID, Story> known, List<String> added, String defaultSection) {
        List<SectionView> views = new ArrayList<>();
        Set<String> names = new HashSet<>();
        if (shown != null) {
            for (Section section : shown.sections()) {
                names.add(section.name());
                views.add(new SectionView(section.name(),
                        section.storyIds().stream().filter(known::containsKey).map(known::get).toList()));
            }
        }
        added.removeIf(names::contains);
        for (String name : added) {
            views.add(new SectionView(name, List.of()));
        }
        if (views.isEmpty()) {
            views.add(new SectionView(defaultSection, List.of()));
        }
        return views;
    }

    /**
     * Where the story goes one place up ({@code direction} -1) or down (1): within its section, else to the end of
     * the section above or the top of the section below; empty at the very top or bottom, or when it is not shown.
     */
    static Optional<Place> step(List<SectionView> sections, UUID storyId, int direction) {
        for (int s = 0; s < sections.size(); s++) {
            List<Story> stories = sections.get(s).stories();
            for (int i = 0; i < stories.size(); i++) {
                if (stories.get(i).id().equals(storyId)) {
                    int next = i + direction;
                    if (next >= 0 && next < stories.size()) {
                        return Optional.of(new Place(sections.get(s).name(), next));
                    } else if (s + direction >= 0 && s + direction < sections.size()) {
                        SectionView neighbour = sections.get(s + direction);
                        return Optional.of(new Place(neighbour.name(),
                                direction < 0 ? neighbour.stories().size() : 0));
                    }
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
