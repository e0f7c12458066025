package com.evolutionconsole.ui.common;

/** The console's own stylesheet (state badges, banners, warnings), which every window and dialog adds to its scene. */
public final class ConsoleStylesheet {

    /** The stylesheet's URL, ready for {@code getStylesheets().add(…)}. */
    public static final String URL = ConsoleStylesheet.class.getResource("/com/evolutionconsole/ui/console.css")
            .toExternalForm();

    private ConsoleStylesheet() {
    }
}
