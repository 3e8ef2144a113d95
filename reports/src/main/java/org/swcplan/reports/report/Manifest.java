package org.swcplan.reports.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.swcplan.reports.text.Json;

/** {@code manifest.json}: how the report was made, and a SHA-256 of every input and output file. */
public final class Manifest {
    private Manifest() {
    }

    static String json(ReportInputs in, Map<String, byte[]> outputs) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"tool\": \"swc\",\n  \"version\": ").append(Json.string(in.toolVersion())).append(",\n");
        out.append("  \"arguments\": [").append(String.join(", ", in.arguments().stream().map(Json::string).toList()))
                .append("],\n");
        out.append("  \"year\": ").append(in.year()).append(",\n");
        out.append("  \"language\": ").append(Json.string(in.language().tag())).append(",\n");
        out.append("  \"chart_language\": ").append(Json.string(in.style().language().tag())).append(",\n");
        out.append("  \"chart_font\": ").append(Json.string(in.style().font().family())).append(",\n");
        out.append("  \"forecast_method\": ").append(Json.string(in.outlook().method())).append(",\n");
        out.append("  \"seed\": ").append(in.outlook().seed()).append(",\n");
        out.append("  \"data_source\": ").append(Json.string(in.note().source())).append(",\n");
        out.append("  \"illustrative\": ").append(in.note().illustrative()).append(",\n");
        out.append("  \"inputs\": {\n").append(entries(new TreeMap<>(in.inputHashes()))).append("  },\n");
        Map<String, String> outputHashes = new TreeMap<>();
        outputs.forEach((name, bytes) -> outputHashes.put(name, sha256(bytes)));
        out.append("  \"outputs\": {\n").append(entries(outputHashes)).append("  }\n}\n");
        return out.toString();
    }

    private static String entries(Map<String, String> hashes) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            out.append("    ").append(Json.string(e.getKey())).append(": ").append(Json.string(e.getValue()))
                    .append(++i < hashes.size() ? ",\n" : "\n");
        }
        return out.toString();
    }

    /** Hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
