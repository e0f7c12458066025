package com.evolutionconsole.service.export;

/** The formats the instance list can be exported in. */
public enum ExportFormat {
    CSV("csv", "CSV"),
    JSON("json", "JSON");

    private final String extension;
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    /** Without the dot, as {@code DialogService.chooseSaveFile} takes it. */
    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }
}
