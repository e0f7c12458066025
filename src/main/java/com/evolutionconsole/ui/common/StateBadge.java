package com.evolutionconsole.ui.common;

import com.evolutionconsole.domain.ConnectionState;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** A connection state as colour + icon + word, so it reads without colour too. Styled in console.css. */
public final class StateBadge extends Label {

    public static final String STYLE_CLASS = "state-badge";

    public StateBadge() {
        getStyleClass().add(STYLE_CLASS);
    }

    public StateBadge(ConnectionState state) {
        this();
        show(state);
    }

    public void show(ConnectionState state) {
        getStyleClass().removeIf(c -> c.startsWith("state-") && !c.equals(STYLE_CLASS));
        if (state == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        getStyleClass().add("state-" + state.kind().name().toLowerCase(java.util.Locale.ROOT));
        setText(state.label());
        FontIcon icon = new FontIcon(switch (state.kind()) {
            case OPEN -> Material2AL.CHECK_CIRCLE;
            case CONNECTING -> Material2MZ.SYNC;
            case CLOSE -> Material2AL.LINK_OFF;
            case REFUSED -> Material2AL.BLOCK;
            case UNKNOWN -> Material2AL.HELP_OUTLINE;
        });
        icon.getStyleClass().add("state-icon");
        setGraphic(icon);
    }
}
