package org.swcplan.datasets.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import org.junit.jupiter.api.Test;
import org.swcplan.datasets.csv.InvalidDataException;

class GbkSubstitutesTest {
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void everyCharacterOfTheTableLacksAGbkFormAndEverySubstituteHasOne() {
        CharsetEncoder encoder = GBK.newEncoder();
        GbkSubstitutes.table().forEach((c, substitute) -> {
            assertThat(encoder.canEncode(c)).as("U+%04X has a GBK form; it needs no substitute", (int) c).isFalse();
            assertThat(substitute.isEmpty() || encoder.canEncode(substitute)).as("substitute of U+%04X", (int) c).isTrue();
        });
    }

    @Test
    void gbkExportWritesMinusSuperscriptsAndSpacesInTheirTableForm() {
        String csv = "code,source\r\n140802,\u221212.5 km\u00B2 \u00A0m\u00B3 \u2013 \u2014 \u00D7 \u2103 \u5E73\u65B9\u516C\u91CC\r\n";
        byte[] bytes = Exporter.encode(csv, Exporter.Encoding.GBK, "out.csv");
        assertThat(new String(bytes, GBK))
                .isEqualTo("code,source\r\n140802,-12.5 km2  m3 \u2013 \u2014 \u00D7 \u2103 \u5E73\u65B9\u516C\u91CC\r\n");
    }

    @Test
    void utf8ExportsKeepEveryCharacter() {
        String csv = "code,source\r\n140802,\u221212 km\u00B2\r\n";
        assertThat(new String(Exporter.encode(csv, Exporter.Encoding.UTF_8, "out.csv"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(csv);
    }

    @Test
    void aCharacterWithNoEquivalentStillFailsWithItsLineAndColumn() {
        String csv = "code,name,source\r\n140802,\u2212,ok\r\n140821,x,emoji \uD83D\uDE00 km\u00B2\r\n";
        assertThatThrownBy(() -> Exporter.encode(csv, Exporter.Encoding.GBK, "out.csv"))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.errors().get(0).format())
                        .startsWith("out.csv:3:3: character").contains("U+D83D").contains("cannot be written in GBK")
                        .contains("docs/gbk-export.md"));
    }
}
