package org.swcplan.reports.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** {@code manifest.json}: how the report was made, and a SHA-256 of every input and output file. */
public final class Manifest {
    /** The marker by which a report folder is recognised as this tool's. */
    private static final String TOOL = "swc";

    private Manifest() {
    }

    static String json(ReportInputs in, Map<String, byte[]> outputs) {
        StringWriter text = new StringWriter();
        try (JsonWriter out = new JsonWriter(text)) {
            out.setIndent("  ");
            out.setHtmlSafe(false);
            out.beginObject();
            out.name("tool").value(TOOL);
            out.name("version").value(in.toolVersion());
            out.name("arguments").beginArray();
            for (String argument : in.arguments()) {
                out.value(argument);
            }
            out.endArray();
            out.name("year").value(in.year());
            out.name("language").value(in.language().tag());
            out.name("chart_language").value(in.style().language().tag());
            out.name("chart_font").value(in.style().font().family());
            out.name("forecast_method").value(in.outlook().method());
            out.name("seed").value(in.outlook().seed());
            out.name("data_source").value(in.note().source());
            out.name("illustrative").value(in.note().illustrative());
            hashes(out, "inputs", new TreeMap<>(in.inputHashes()));
            Map<String, String> outputHashes = new TreeMap<>();
            outputs.forEach((name, bytes) -> outputHashes.put(name, sha256(bytes)));
            hashes(out, "outputs", outputHashes);
            out.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    /**
     * The files a report folder's manifest says the report wrote (its {@code outputs}, the manifest
     * itself not among them), or empty when the bytes are not a manifest this tool wrote: not JSON,
     * no {@code "tool": "swc"}, or no inventory.
     */
    public static Optional<Set<String>> inventory(byte[] manifest) {
        try {
            JsonElement root = JsonParser.parseString(new String(manifest, StandardCharsets.UTF_8));
            if (!root.isJsonObject()) {
                return Optional.empty();
            }
            JsonObject object = root.getAsJsonObject();
            JsonElement tool = object.get("tool");
            JsonElement outputs = object.get("outputs");
            if (tool == null || !tool.isJsonPrimitive() || !TOOL.equals(tool.getAsString())
                    || outputs == null || !outputs.isJsonObject()) {
                return Optional.empty();
            }
            return Optional.of(Set.copyOf(outputs.getAsJsonObject().keySet()));
        } catch (JsonParseException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static void hashes(JsonWriter out, String name, Map<String, String> hashes) throws IOException {
        out.name(name).beginObject();
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            out.name(e.getKey()).value(e.getValue());
        }
        out.endObject();
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
