package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldedTest {

    /**
     * Item numbers before a label are skipped; thousands of them ("1.1.1.…") overflowed the stack, as the
     * pattern recursed once an item number. At most eight are skipped now.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1. Địa chỉ: 10 Trần Quang Khải   | 1      | 10
            a) - Địa chỉ: 10 Trần Quang Khải | 1      | 12
            1.                             | 100000 | -1
            -                              | 100000 | -1
            """)
    void skipsItemNumbersBeforeALabel(String start, int repeats, int labelEnd) {
        String text = start.repeat(repeats) + (repeats > 1 ? " Địa chỉ: x" : "");
        assertThat(Folded.of(text).labelEnd(List.of("dia chi"))).isEqualTo(labelEnd);
    }
}
