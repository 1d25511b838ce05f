package vn.minhbach.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            tenThuTuc     | ten thu tuc
            TEN_THU_TUC   | ten thu tuc
            tên thủ tục   | ten thu tuc
            pageIndex2Of  | page index2 of
            aℋ            | aℋ
            Aℋ            | aℋ
            """)
    void readsTheWordsOfAKey(String key, String words) {
        assertThat(KeyWords.of(key)).containsExactly(words.split(" "));
    }

    /** Every key's words used to be kept, so an answer with huge keys kept up to 4,096 of them whole. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            maThuTuc | 1000
            x        | 100000
            """)
    void keepsTheWordsOfShortKeysOnly(String word, int repeats) {
        String huge = word.repeat(repeats);
        int before = KeyWords.kept();
        assertThat(KeyWords.of(huge + "A")).isNotEmpty();
        assertThat(KeyWords.kept()).isLessThanOrEqualTo(before);
    }
}
