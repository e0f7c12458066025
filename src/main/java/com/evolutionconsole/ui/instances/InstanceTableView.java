package com.evolutionconsole.ui.instances;

import com.evolutionconsole.domain.ConnectionState;
import com.evolutionconsole.domain.Integration;
import com.evolutionconsole.ui.common.StateBadge;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import atlantafx.base.controls.CustomTextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The instance table with its search, state filter and per-state counters. Binds to {@link InstanceTableViewModel}. */
public final class InstanceTableView extends VBox {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.systemDefault());

    private final TableView<InstanceRow> table = new TableView<>();
    private final HBox filters;

    public InstanceTableView(InstanceTableViewModel vm) {
        getStyleClass().add("instance-table");
        setSpacing(8);
        setPadding(new Insets(0, 0, 0, 0));

        CustomTextField search = new CustomTextField();
        search.setId("search");
        search.setPromptText("Search name or number");
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<StateFilter> filter = new ComboBox<>();
        filter.setId("state-filter");
        filter.getItems().setAll(StateFilter.values());
        filter.valueProperty().bindBidirectional(vm.stateFilterProperty());
        filter.setTooltip(new Tooltip("Show only instances in this state"));

        filters = new HBox(8, search, filter);
        filters.setAlignment(Pos.CENTER_LEFT);

        HBox counters = new HBox(6);
        counters.setId("state-counters");
        counters.setAlignment(Pos.CENTER_LEFT);
        for (ConnectionState.Kind kind : ConnectionState.Kind.values()) {
            StateBadge badge = new StateBadge(sample(kind));
            badge.getStyleClass().add("counter");
            badge.setId("count-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            badge.textProperty().bind(Bindings.concat(vm.countProperty(kind).asString(), " ", sample(kind).label()));
            badge.setTooltip(new Tooltip("Click to show only " + sample(kind).label() + " instances"));
            badge.setOnMouseClicked(e -> vm.stateFilterProperty().set(
                    vm.stateFilterProperty().get() == filterFor(kind) ? StateFilter.ALL : filterFor(kind)));
            counters.getChildren().add(badge);
        }
        Label total = new Label();
        total.getStyleClass().add("muted");
        total.textProperty().bind(Bindings.concat(vm.totalProperty().asString(), " in all"));
        counters.getChildren().add(total);

        buildTable(vm);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filters, counters, table);
    }

    private void buildTable(InstanceTableViewModel vm) {
        table.setId("instances");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<InstanceRow, String> name = new TableColumn<>("Name");
        name.setId("col-name");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().displayName()));
        name.setPrefWidth(140);

        TableColumn<InstanceRow, ConnectionState> state = new TableColumn<>("State");
        state.setId("col-state");
        state.setCellValueFactory(c -> c.getValue().stateProperty());
        state.setComparator(Comparator.comparing(s -> s.kind().ordinal()));
        state.setCellFactory(c -> new TableCell<>() {
            private final StateBadge badge = new StateBadge();

            @Override
            protected void updateItem(ConnectionState item, boolean empty) {
                super.updateItem(item, empty);
                badge.show(empty ? null : item);
                setGraphic(empty || item == null ? null : badge);
                InstanceRow row = getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null || row.stateNoteProperty().get() == null ? null
                        : new Tooltip("Shown from the server's stored copy: " + row.stateNoteProperty().get()));
            }
        });
        state.setPrefWidth(140);
        state.setMinWidth(130);

        TableColumn<InstanceRow, String> profile = new TableColumn<>("Profile");
        profile.setCellValueFactory(c -> c.getValue().profileNameProperty());
        profile.setPrefWidth(110);
        TableColumn<InstanceRow, String> number = new TableColumn<>("Number");
        number.setCellValueFactory(c -> c.getValue().numberProperty());
        number.setPrefWidth(135);
        TableColumn<InstanceRow, String> integration = new TableColumn<>("Integration");
        // "Baileys" rather than WHATSAPP-BAILEYS; an unknown value is shown as the server sent it
        integration.setCellValueFactory(c -> Bindings.createStringBinding(() -> {
            String wire = c.getValue().integrationProperty().get();
            return Integration.fromWire(wire).map(Integration::shortLabel).orElse(wire);
        }, c.getValue().integrationProperty()));
        integration.setPrefWidth(78);
        TableColumn<InstanceRow, Instant> created = new TableColumn<>("Created");
        created.setCellValueFactory(c -> c.getValue().createdAtProperty());
        created.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : CREATED.format(item));
            }
        });
        created.setPrefWidth(95);
        TableColumn<InstanceRow, Integer> messages = countColumn("Messages", InstanceRow::messageCountProperty);
        TableColumn<InstanceRow, Integer> contacts = countColumn("Contacts", InstanceRow::contactCountProperty);

        table.getColumns().setAll(java.util.List.of(name, state, profile, number, integration, created, messages, contacts));
        vm.shownRows().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(vm.shownRows());
        table.setPlaceholder(placeholder(vm));

        // The table's focus and selection drive the ViewModel's; a refresh keeps row objects, so they survive it.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                vm.focusedProperty().set(row);
            }
        });
        vm.focusedProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().clearAndSelect(table.getItems().indexOf(row));
                table.scrollTo(row);
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<InstanceRow>) change ->
                vm.selectedRows().setAll(table.getSelectionModel().getSelectedItems().filtered(r -> r != null)));
    }

    private static TableColumn<InstanceRow, Integer> countColumn(String title,
            java.util.function.Function<InstanceRow, javafx.beans.value.ObservableValue<Integer>> value) {
        TableColumn<InstanceRow, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.getStyleClass().add("numeric");
        column.setPrefWidth(76);
        return column;
    }

    private static Region placeholder(InstanceTableViewModel vm) {
        Label text = new Label();
        text.setId("table-placeholder");
        text.setWrapText(true);
        text.textProperty().bind(vm.placeholderBinding());
        VBox box = new VBox(text);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(360);
        return box;
    }

    private static ConnectionState sample(ConnectionState.Kind kind) {
        return switch (kind) {
            case OPEN -> ConnectionState.OPEN;
            case CONNECTING -> ConnectionState.CONNECTING;
            case CLOSE -> ConnectionState.CLOSE;
            case REFUSED -> ConnectionState.REFUSED;
            case UNKNOWN -> ConnectionState.ABSENT;
        };
    }

    private static StateFilter filterFor(ConnectionState.Kind kind) {
        for (StateFilter f : StateFilter.values()) {
            if (f.kind() == kind) {
                return f;
            }
        }
        return StateFilter.ALL;
    }

    /** Puts more controls (actions on the selection, export) at the end of the search row. */
    public void addToolbar(javafx.scene.Node... controls) {
        filters.getChildren().addAll(controls);
    }

    public TableView<InstanceRow> table() {
        return table;
    }
}
