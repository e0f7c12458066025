package com.evolutionconsole.service.health;

/** The formats a health report can be saved in. */
public enum ReportFormat {
    MARKDOWN("md", "Markdown"),
    JSON("json", "JSON"),
    CSV("csv", "CSV");

    private final String extension;
    private final String label;

    ReportFormat(String extension, String label) {
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
