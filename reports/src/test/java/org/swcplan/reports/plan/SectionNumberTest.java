package org.swcplan.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionNumberTest {
    @ParameterizedTest
    @CsvSource({"（一）,1", "（十）,10", "（十一）,11", "（二十）,20", "（二十六）,26", "二十八,28", "（附件）,（附件）"})
    void theBodysItemNumbersReadAsArabicNumbers(String basis, String arabic) {
        assertThat(SectionNumber.arabic(basis)).isEqualTo(arabic);
    }
}
