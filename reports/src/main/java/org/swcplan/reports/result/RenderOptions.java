package org.swcplan.reports.result;

import java.util.Objects;
import org.swcplan.reports.Language;

/**
 * How a result is rendered.
 *
 * @param headers    the language of headings, CSV headers and notes
 * @param width      the terminal width tables are fitted to, in display columns; 0 for no limit
 * @param csvLineEnd LF for scripts, CRLF for spreadsheet programs
 */
public record RenderOptions(Language headers, int width, String csvLineEnd) {
    public RenderOptions {
        Objects.requireNonNull(headers, "headers");
        if (width < 0) {
            throw new IllegalArgumentException("width must be >= 0");
        }
        if (!"\n".equals(csvLineEnd) && !"\r\n".equals(csvLineEnd)) {
            throw new IllegalArgumentException("CSV lines end in LF or CRLF");
        }
    }

    /** English, no width limit, LF: files written by the tool itself. */
    public static RenderOptions plain() {
        return new RenderOptions(Language.EN, 0, "\n");
    }
}
