package org.swcplan.cli.command;

import org.swcplan.datasets.exchange.Exporter;
import org.swcplan.reports.Language;
import org.swcplan.reports.result.RenderOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --encoding} and {@code --headers} of files written for spreadsheet programs ({@code export}, {@code template}, the report's tables). */
public final class SpreadsheetOptions {
    @Option(names = "--encoding", paramLabel = "E", defaultValue = "utf-8-bom", converter = EncodingConverter.class,
            completionCandidates = EncodingNames.class,
            description = "utf-8-bom (default, for Excel), utf-8 or gbk.")
    Exporter.Encoding encoding;

    @Option(names = "--headers", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the header line: en or zh (default: ${DEFAULT-VALUE}).")
    Language headers;

    public Exporter.Encoding encoding() {
        return encoding;
    }

    public Language headers() {
        return headers;
    }

    /** How a result is rendered for a spreadsheet program: the chosen header language, CRLF. */
    public RenderOptions renderOptions() {
        return new RenderOptions(headers, 0, "\r\n");
    }

    /** CSV text as a file's bytes in the chosen encoding. */
    public byte[] bytes(String text, String fileName) {
        return Exporter.encode(text, encoding, fileName);
    }

    /** The header language of a data kind's file. */
    public Exporter.HeaderLanguage headerLanguage() {
        return headers == Language.ZH ? Exporter.HeaderLanguage.ZH : Exporter.HeaderLanguage.EN;
    }

    static final class EncodingConverter implements ITypeConverter<Exporter.Encoding> {
        @Override
        public Exporter.Encoding convert(String value) {
            return Exporter.Encoding.fromName(value);
        }
    }

    static final class EncodingNames extends java.util.ArrayList<String> {
        EncodingNames() {
            super(java.util.List.of("utf-8-bom", "utf-8", "gbk"));
        }
    }
}
