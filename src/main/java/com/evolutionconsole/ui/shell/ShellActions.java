package com.evolutionconsole.ui.shell;

import com.evolutionconsole.service.batch.BulkAction;
import com.evolutionconsole.service.export.ExportFormat;
import java.util.function.Consumer;

/**
 * What the main window's buttons and menus open: dialogs and windows the app wires up. {@code openLog} is null
 * where there is no log file to show (tests).
 */
public record ShellActions(Runnable connect, Runnable create, Runnable batchCreate, Runnable health,
                           Runnable monitor, Consumer<BulkAction.Kind> bulk, Consumer<ExportFormat> export,
                           Runnable openLog) {
}
