package vn.minhbach.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordDocReaderTest {

    /** Word's text stream, control characters written as {@code <13>} etc., and what is left of it to read. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Số: 125/KH-UBND<0D>                                    | false | Số: 125/KH-UBND<0A>
            Trang <13> PAGE <14>2<15> của 5                        | false | Trang 2 của 5
            <13> HYPERLINK "http://a.vn" <14>Tải về<15>            | false | Tải về
            <13> IF <13> PAGE <14>1<15> = 1 "x" <14>y<15>!          | false | y!
            <13> TOC \\o "1-3" <15>Mục lục                          | false | Mục lục
            ô 1<07>ô 2<07>                                          | false | ô 1<09>ô 2<09>
            dòng<0B>mới<0C>trang                                   | false | dòng<0A>mới<0A>trang
            hình<01><08> chú thích<02>                              | false | hình chú thích
            kinh<1E>tế                                             | false | kinh-tế
            nh<1F> sau                                             | false | nh sau
            nh<1F> sau                                             | true  | nh<AD> sau
            """)
    void keepsOnlyTheVisibleText(String raw, boolean tcvn3, String visible) {
        assertThat(new WordDocReader(new RunText(100)).clean(unescape(raw), tcvn3)).isEqualTo(unescape(visible));
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '<' && i + 3 < s.length() && s.charAt(i + 3) == '>') {
                out.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
