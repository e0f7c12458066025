package com.evolutionconsole.ui.server;

import com.evolutionconsole.settings.ServerProfile;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window's server menu: the saved servers to switch to, the demo server, and the Servers dialog. */
public final class ServerSwitcher extends MenuButton {

    private final ServersViewModel vm;
    private final Runnable openServers;
    private final Runnable startDemo;
    private final ObservableBooleanValue demoInUse;

    /** {@code demoInUse} marks the demo entry as the server in use. */
    public ServerSwitcher(ServersViewModel vm, Runnable openServers, Runnable startDemo, ObservableBooleanValue demoInUse) {
        this.vm = vm;
        this.openServers = openServers;
        this.startDemo = startDemo;
        this.demoInUse = demoInUse;
        setId("server-switcher");
        setGraphic(new FontIcon(Material2AL.DNS));
        textProperty().bind(Bindings.createStringBinding(() -> vm.activeProperty().get() == null ? "Servers"
                : vm.activeProperty().get().name(), vm.activeProperty()));
        setTooltip(new Tooltip("Switch to a saved server, or add and edit servers (Ctrl+K)"));
        vm.profiles().addListener((ListChangeListener<ServerProfile>) change -> rebuild());
        vm.activeProperty().addListener((obs, old, now) -> rebuild());
        demoInUse.addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getItems().clear();
        for (ServerProfile profile : vm.profiles()) {
            boolean active = profile.equals(vm.activeProperty().get());
            MenuItem item = new MenuItem(profile.name() + "  —  " + profile.url(),
                    active ? new FontIcon(Material2AL.CHECK) : null);
            item.setId("switch-to-" + profile.id());
            item.setDisable(active);
            item.setOnAction(e -> vm.switchTo(profile));
            getItems().add(item);
        }
        if (!vm.profiles().isEmpty()) {
            getItems().add(new SeparatorMenuItem());
        }
        MenuItem demo = new MenuItem("Demo server (built in)",
                new FontIcon(demoInUse.get() ? Material2AL.CHECK : Material2MZ.SCIENCE));
        demo.setId("switch-to-demo");
        demo.setDisable(demoInUse.get());
        demo.setOnAction(e -> startDemo.run());
        MenuItem manage = new MenuItem("Servers…", new FontIcon(Material2MZ.SETTINGS));
        manage.setId("open-servers");
        manage.setOnAction(e -> openServers.run());
        getItems().addAll(demo, new SeparatorMenuItem(), manage);
    }
}
