package org.newsdesk.ui;

import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;

/**
 * The actions a desk's screen offers to the window's menus: the Story menu's Approve, Return, Spike and Publish
 * press the screen's own button, so a menu does exactly what the button does (and nothing while it is disabled).
 */
public final class ScreenActions {
    public static final String APPROVE = "approve";
    public static final String RETURN = "return";
    public static final String SPIKE = "spike";
    public static final String PUBLISH = "publish";

    private ScreenActions() {
    }

    /** Offers {@code button} as the screen's {@code action}. */
    public static void offer(Node screen, String action, ButtonBase button) {
        screen.getProperties().put(ScreenActions.class.getName() + "." + action, button);
    }

    /** The button {@code screen} offers for {@code action}, if it offers one. */
    public static Optional<ButtonBase> find(Node screen, String action) {
        return screen != null && screen.getProperties().get(ScreenActions.class.getName() + "." + action)
                instanceof ButtonBase button ? Optional.of(button) : Optional.empty();
    }
}
