package org.swcplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of every command's machine-readable output on the bundled data: its JSON Schema is
 * the one kept under docs/schema, its JSON validates against that schema, and its CSV and JSON are
 * the golden files under src/test/resources/golden. A missing schema or golden file is written and
 * the test fails naming it, so that a change of layout is always a reviewed diff.
 */
class OutputContractTest {
    private static final Path SCHEMAS = Path.of(System.getProperty("swc.schemaFolder", "../docs/schema"));
    private static final Path GOLDEN_SOURCE = Path.of("src", "test", "resources", "golden");
    private static final Pattern TITLE = Pattern.compile("\"title\": \"([a-z_.]+)/(\\d+)\"");

    /** A command line whose result is checked, and the name of its golden files. */
    record Case(String name, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> commands() {
        return Stream.of(
                new Case("status", List.of("status")),
                new Case("validate", List.of("validate")),
                new Case("status-2023", List.of("status", "--year", "2023")),
                new Case("forecast", List.of("forecast", "--county", "all", "--to", "2030", "--observed")),
                new Case("backtest", List.of("backtest", "--methods", "naive,drift,auto", "--paths", "200")),
                new Case("indicators", List.of("indicators")),
                new Case("tasks", List.of("tasks")),
                new Case("tasks-unit", List.of("tasks", "--unit", "市水务局")),
                new Case("supervision", List.of("supervision")),
                new Case("tasks-county", List.of("tasks", "--unit", "夏县人民政府")),
                new Case("scenario-template", List.of("scenario", "--template", "--to", "2030")),
                new Case("scenario-calibration", List.of("scenario", "--calibration")),
                new Case("gap", List.of("gap", "--milestone", "all")),
                new Case("gap-treatment", List.of("gap", "--milestone", "2030", "--treatment")),
                new Case("allocate-2035", List.of("allocate", "--milestone", "2035", "--method", "equitable")),
                new Case("targets", List.of("targets")),
                new Case("table-rate", List.of("table", "monitoring", "--rows", "code", "--cols", "year", "--value",
                        "swc_rate_pct")),
                new Case("table-treatment", List.of("table", "treatment", "--where", "year>=2021", "--by", "code",
                        "--sum", "treated_terrace_km2,investment_wan")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void jsonFollowsTheSchemaKeptWithTheDocumentation(Case c) throws IOException {
        String schema = run(c, "schema");
        Matcher title = TITLE.matcher(schema);
        assertThat(title.find()).as("schema title in %s", schema).isTrue();
        Path file = SCHEMAS.resolve(title.group(1) + "-" + title.group(2) + ".json");
        if (!Files.exists(file)) {
            Files.createDirectories(SCHEMAS);
            Files.writeString(file, schema, StandardCharsets.UTF_8);
            fail("schema " + file + " was missing and has been written: review it");
        }
        assertThat(schema).as("the schema of %s against %s", c, file).isEqualTo(Files.readString(file));
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema,
                InputFormat.JSON);
        List<Error> errors = validator.validate(run(c, "json"), InputFormat.JSON);
        assertThat(errors).as("%s --format json against %s", c, file).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void csvAndJsonAreTheGoldenFiles(Case c) throws IOException {
        List<String> missing = new ArrayList<>();
        for (String format : List.of("csv", "json")) {
            String name = c.name() + "." + format;
            String actual = run(c, format);
            try (InputStream in = OutputContractTest.class.getResourceAsStream("/golden/" + name)) {
                if (in == null) {
                    Files.createDirectories(GOLDEN_SOURCE);
                    Files.writeString(GOLDEN_SOURCE.resolve(name), actual, StandardCharsets.UTF_8);
                    missing.add(name);
                    continue;
                }
                assertThat(actual).as("%s --format %s against golden/%s", c, format, name)
                        .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (!missing.isEmpty()) {
            fail("golden files " + missing + " were missing and have been written under " + GOLDEN_SOURCE + ": review them");
        }
    }

    private static String run(Case c, String format) {
        List<String> args = new ArrayList<>(c.args());
        args.add("--format");
        args.add(format);
        args.add("-q");
        return CliRun.of(args.toArray(String[]::new)).exits(ExitCode.OK).out();
    }
}
