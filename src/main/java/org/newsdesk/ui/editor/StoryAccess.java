package org.newsdesk.ui.editor;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import org.newsdesk.app.StoryService;
import org.newsdesk.model.Story;
import org.newsdesk.model.User;
import org.newsdesk.workflow.Action;
import org.newsdesk.workflow.Permissions;

/**
 * What the person may do with the open story: change it (else one line saying why not), submit it, withdraw it.
 * The rules are the workflow's, asked through the story service; the editor only shows them.
 */
public final class StoryAccess {
    private final StoryService stories;
    private final User person;
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper maySubmit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSubmit;
    private final BooleanBinding canWithdraw;

    StoryAccess(StoryService stories, User person, ReadOnlyObjectProperty<Story> story, ObservableBooleanValue busy,
                ObservableStringValue headline, ObservableStringValue body) {
        this.stories = stories;
        this.person = person;
        canSubmit = Bindings.createBooleanBinding(() -> story.get() != null && !busy.get() && maySubmit.get()
                        && !headline.get().isBlank() && !body.get().isBlank(),
                story, busy, headline, body, maySubmit);
        canWithdraw = Bindings.createBooleanBinding(() -> story.get() != null && !busy.get()
                && Permissions.refusal(person, story.get(), Action.WITHDRAW).isEmpty(), story, busy);
    }

    /** Sets what the person may do with {@code shown}, now on screen. */
    void allowFor(Story shown) {
        Optional<String> refusal = stories.editRefusal(person, shown);
        editable.set(refusal.isEmpty());
        maySubmit.set(stories.maySubmit(person, shown));
        readOnlyReason.set(refusal.map(rule -> "Read only: " + rule).orElse(""));
    }

    /** No story is open: nothing may be done. */
    void clear() {
        editable.set(false);
        maySubmit.set(false);
        readOnlyReason.set("");
    }

    /** One line saying why the open story cannot be changed here, or empty when it can. */
    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public BooleanBinding canWithdrawProperty() {
        return canWithdraw;
    }
}
