package com.evolutionconsole.ui.monitor;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window's "Watch" toggle for the focused instance: pressed while the monitor watches it. */
public final class WatchToggle extends ToggleButton {

    /** {@code name} is the focused instance's name, or null when none (or an unnamed one) is focused. */
    public WatchToggle(MonitorViewModel vm, ObservableValue<String> name) {
        super("Watch", new FontIcon(Material2MZ.VISIBILITY));
        setId("watch-toggle");
        setTooltip(new Tooltip("Watch this instance: check it every interval, alert when it stays unhealthy"));
        disableProperty().bind(Bindings.createBooleanBinding(() -> name.getValue() == null, name));
        Runnable sync = () -> setSelected(name.getValue() != null && vm.watchedNames().contains(name.getValue()));
        name.addListener((Observable o) -> sync.run());
        vm.watchedNames().addListener((Observable o) -> sync.run());
        sync.run();
        // The toggle shows the monitor's truth, not its own click: the action decides, the listeners repaint.
        setOnAction(e -> {
            if (name.getValue() != null) {
                vm.toggleWatch(name.getValue());
            }
            sync.run();
        });
    }
}
