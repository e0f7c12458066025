package com.evolutionconsole.service.export;

import java.util.List;

/**
 * RFC 4180 CSV: a field is quoted when it holds a comma, a quote, CR or LF, with quotes doubled; records end
 * with CRLF. A text field that a spreadsheet would run as a formula (it starts with = + - @, a tab or CR) gets a
 * leading apostrophe: a profile name is chosen by whoever owns the phone, so it must not become a formula.
 */
public final class Csv {

    private Csv() {
    }

    /** Appends one record; null fields are empty. */
    public static void appendRecord(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** One text field, neutralised and quoted as needed. */
    public static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeFormula(value) ? "'" + value : value;
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\n') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean startsLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
