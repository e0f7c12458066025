package com.evolutionconsole.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/**
 * A key or token field: masked, with a plain twin shown only while {@code revealed}; both edit the same text, so
 * revealing never loses what was typed.
 */
public final class MaskedField extends StackPane {

    private final PasswordField hidden = new PasswordField();

    /** {@code shownId} may be null where no test looks the plain field up. */
    public MaskedField(String hiddenId, String shownId, StringProperty text, ObservableBooleanValue revealed,
                       String prompt) {
        TextField shown = new TextField();
        hidden.setId(hiddenId);
        if (shownId != null) {
            shown.setId(shownId);
        }
        for (TextField field : new TextField[] {hidden, shown}) {
            field.setPromptText(prompt);
            field.textProperty().bindBidirectional(text);
        }
        hidden.visibleProperty().bind(Bindings.not(revealed));
        shown.visibleProperty().bind(revealed);
        getChildren().addAll(hidden, shown);
    }

    /** The masked field, for a label's mnemonic and for focus. */
    public PasswordField hidden() {
        return hidden;
    }
}
