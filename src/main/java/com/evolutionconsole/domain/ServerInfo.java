package com.evolutionconsole.domain;

/** What {@code GET /} says about a server: its version and names. Absent fields are null. */
public record ServerInfo(String version, String message, String clientName, String managerUrl,
                         String documentationUrl, String whatsappWebVersion) {

    /** The major version number, or -1 when the version is missing or unreadable. */
    public int majorVersion() {
        if (version == null) {
            return -1;
        }
        String digits = version.strip().replaceFirst("^[vV]", "");
        int dot = digits.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? digits : digits.substring(0, dot));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** v1 servers speak a different dialect (snake_case bodies, PUT restart). */
    public boolean isV1() {
        return majorVersion() == 1;
    }
}
