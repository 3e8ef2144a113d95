package org.swcplan.reports.report;

import org.swcplan.reports.result.RenderOptions;

/**
 * How the report writes its {@code tables/*.csv}: the same header language, line ends and
 * encoding (byte-order mark, GBK) as the tool's exports for spreadsheet programs.
 *
 * @param options the header language and line ends of the CSV text
 * @param bytes   the text as the file's bytes
 */
public record TableFiles(RenderOptions options, Encoder bytes) {
    /** English keys, LF, UTF-8 without a byte-order mark: files for programs. */
    public static final TableFiles PLAIN = new TableFiles(RenderOptions.plain(),
            (text, name) -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    /** Text to bytes for a named file. */
    @FunctionalInterface
    public interface Encoder {
        byte[] encode(String text, String fileName);
    }
}
