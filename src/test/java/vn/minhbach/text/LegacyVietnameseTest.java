package vn.minhbach.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.minhbach.text.LegacyVietnamese.Encoding;

class LegacyVietnameseTest {

    /** The 67 lower-case Vietnamese letters that are not ASCII, in dictionary order, tones in TCVN3 order. */
    private static final String LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
    /** Their TCVN3 codes, written out from the code page (ABC) as Latin-1 characters. */
    private static final String TCVN3_CODES = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞ"
        + "ßãáâä«åèæçé¬êíëìîïóñòô\u00ADõøö÷ùúýûüþ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ninh B×nh                                      | Ninh Bình
            B¶o Th¾ng                                      | Bảo Thắng
            B¸t X¸t                                        | Bát Xát
            Céng hoµ x· héi chñ nghÜa ViÖt Nam             | Cộng hoà xã hội chủ nghĩa Việt Nam
            §éc lËp - Tù do - H¹nh phóc                    | Độc lập - Tự do - Hạnh phúc
            UBND tØnh Qu¶ng Ng·i                           | UBND tỉnh Quảng Ngãi
            Lý S¬n, ngµy 20 th¸ng 01 n¨m 2026              | Lý Sơn, ngày 20 tháng 01 năm 2026
            Dù to¸n ng©n s¸ch n¨m 2026                     | Dự toán ngân sách năm 2026
            ¡n uèng, ¢m nh¹c, £m, ¤ng, ¥i, ¦ng, §¾k L¾k    | Ăn uống, Âm nhạc, Êm, Ông, Ơi, Ưng, Đắk Lắk
            """)
    void convertsTcvn3(String tcvn3, String unicode) {
        assertThat(LegacyVietnamese.toUnicode(tcvn3, Encoding.TCVN3)).isEqualTo(unicode);
    }

    @Test
    void convertsTheSoftHyphenThatTcvn3UsesForU() {
        assertThat(LegacyVietnamese.toUnicode("M\u00ADêng Kh\u00AD¬ng", Encoding.TCVN3)).isEqualTo("Mường Khương");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Xin chaøo caùc baïn                             | Xin chào các bạn
            Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam        | Cộng hòa xã hội chủ nghĩa Việt Nam
            Ñoäc laäp - Töï do - Haïnh phuùc                | Độc lập - Tự do - Hạnh phúc
            UÛY BAN NHAÂN DAÂN                              | ỦY BAN NHÂN DÂN
            THAØNH PHOÁ HOÀ CHÍ MINH                        | THÀNH PHỐ HỒ CHÍ MINH
            ngöôøi ñöôïc thuôû xöa                          | người được thuở xưa
            naêm, baèng, khaéc, ñaúng, ñaõ, laëng           | năm, bằng, khắc, đẳng, đã, lặng
            KEÁ HOAÏCH                                      | KẾ HOẠCH
            tæ, Só, Ò, mó, kyõ, Myõ, ly, lî                | tỉ, Sĩ, Ị, mĩ, kỹ, Mỹ, ly, lỵ
            """)
    void convertsVni(String vni, String unicode) {
        assertThat(LegacyVietnamese.toUnicode(vni, Encoding.VNI)).isEqualTo(unicode);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Céng hoµ x· héi chñ nghÜa ViÖt Nam                           | TCVN3
            KÕ ho¹ch ph¸t triÓn kinh tÕ - x· héi n¨m 2026                 | TCVN3
            Ninh B×nh                                                    | TCVN3
            Xin chaøo caùc baïn                                          | VNI
            Keá hoaïch phaùt trieån kinh teá - xaõ hoäi naêm 2026        | VNI
            Cộng hòa xã hội chủ nghĩa Việt Nam                           | UNICODE
            Kế hoạch phát triển kinh tế - xã hội năm 2026                | UNICODE
            Tây Ninh, Phú Yên, Cà Mau, Bình Định, tên khó                | UNICODE
            Plain ASCII text, 125/KH-UBND, 20/01/2026                    | UNICODE
            L'élève à Noël est allé où il voulait. Déjà vu, très bien.  | UNICODE
            Où est-il ? Où sont-ils ?                                    | UNICODE
            Grüße aus München: Die Bäume im Straßenverkehr sind schön.  | UNICODE
            Über die Brücke fährt König Müller mit Öl für Köln.          | UNICODE
            El niño y su mamá están aún en España, señor.                | UNICODE
            Não só a coração, mas também a avó e o avô.                  | UNICODE
            La col·lecció del museu és de l'any 1900.                    | UNICODE
            Microsoft® Word © 2024 «Bonjour» 5×4 cm µm                    | UNICODE
            Søren bor i København og spiser æbler på øen.                | UNICODE
            ""                                                           | UNICODE
            """)
    void detects(String text, Encoding expected) {
        assertThat(LegacyVietnamese.detect(text)).isEqualTo(expected);
    }

    @Test
    void unicodeInNfdIsUnicode() {
        String nfd = Normalizer.normalize("Bình Định, tháng năm, ông bà", Normalizer.Form.NFD);
        assertThat(LegacyVietnamese.detect(nfd)).isEqualTo(Encoding.UNICODE);
        assertThat(LegacyVietnamese.toUnicode(nfd, Encoding.UNICODE)).isEqualTo("Bình Định, tháng năm, ông bà");
    }

    @Test
    void detectsAWholeTcvn3Document() {
        String text = """
                Uû ban nh©n d©n                      Céng hoµ x· héi chñ nghÜa ViÖt Nam
                ®Æc khu Lý S¬n                            §éc lËp - Tù do - H¹nh phóc
                Sè: 125/KH-UBND                     Lý S¬n, ngµy 20 th¸ng 01 n¨m 2026
                KÕ ho¹ch ph¸t triÓn kinh tÕ - x· héi n¨m 2026
                """;
        assertThat(LegacyVietnamese.detect(text)).isEqualTo(Encoding.TCVN3);
        assertThat(LegacyVietnamese.toUnicode(text, Encoding.TCVN3))
            .contains("Uỷ ban nhân dân", "đặc khu Lý Sơn", "Số: 125/KH-UBND", "ngày 20 tháng 01 năm 2026");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ninh B×nh             | .VnTime      | Ninh Bình
            KÕ ho¹ch              | .VnTimeH     | KẾ HOẠCH
            ke¸ ho¹ch             | .vnarial     | keá hoạch
            Xin chaøo             | VNI-Times    | Xin chào
            Xin chaøo             | VNI-Helve    | Xin chào
            Xin chaøo             | Times New Roman | Xin chaøo
            Ninh B×nh             | Arial        | Ninh B×nh
            """)
    void convertsRunsByTheirFont(String text, String font, String expected) {
        assertThat(LegacyVietnamese.fromFontRun(text, font)).isEqualTo(expected);
    }

    @Test
    void aRunAlreadyInUnicodeStaysAsItIsWhateverItsFont() {
        assertThat(LegacyVietnamese.fromFontRun("Lý Sơn, tháng năm", ".VnTime")).isEqualTo("Lý Sơn, tháng năm");
        assertThat(LegacyVietnamese.fromFontRun("Cộng hòa", "VNI-Times")).isEqualTo("Cộng hòa");
    }

    @Test
    void runsWithoutAFontStayAsTheyAre() {
        assertThat(LegacyVietnamese.fromFontRun("B×nh", null)).isEqualTo("B×nh");
        assertThat(LegacyVietnamese.ofFont(null)).isEqualTo(Encoding.UNICODE);
    }

    @Test
    void everyLetterRoundTripsThroughTcvn3() {
        assertThat(LETTERS).hasSize(67);
        assertThat(TCVN3_CODES).hasSize(67);
        assertThat(LegacyVietnamese.toUnicode(TCVN3_CODES, Encoding.TCVN3)).isEqualTo(LETTERS);
        assertThat(LegacyVietnamese.toUnicode("¡¢£¤¥¦§", Encoding.TCVN3)).isEqualTo("ĂÂÊÔƠƯĐ");
    }

    @Test
    void everyLetterRoundTripsThroughVni() {
        List<String> all = new ArrayList<>();
        for (char c : LETTERS.toCharArray()) {
            all.add(String.valueOf(c));
            all.add(String.valueOf(c).toUpperCase(Locale.ROOT));
        }
        assertThat(all).hasSize(134).doesNotHaveDuplicates();
        for (String letter : all) {
            assertThat(LegacyVietnamese.toUnicode(toVni(letter), Encoding.VNI)).as(letter).isEqualTo(letter);
        }
        String sentence = "Ủy ban nhân dân đặc khu Lý Sơn công khai dự toán ngân sách năm 2026, người được thuở ấy";
        assertThat(LegacyVietnamese.toUnicode(toVni(sentence), Encoding.VNI)).isEqualTo(sentence);
        assertThat(LegacyVietnamese.detect(toVni(sentence))).isEqualTo(Encoding.VNI);
    }

    /**
     * VNI-Windows as its keyboard types it, written from the published layout rather than from the converter's
     * tables: base letter (ơ ư đ as one byte), then one byte for the vowel mark and tone together; i and ỵ are
     * single bytes.
     */
    private static String toVni(String unicode) {
        StringBuilder out = new StringBuilder();
        for (char c : unicode.toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            boolean upper = Character.isUpperCase(d.charAt(0));
            char base = Character.toLowerCase(d.charAt(0));
            String marks = d.substring(1);
            int tone = -1;
            for (char mark : marks.toCharArray()) {
                tone = Math.max(tone, "\u0300\u0301\u0309\u0303\u0323".indexOf(mark));
            }
            String code;
            if (c == 'đ' || c == 'Đ') {
                code = "ñ";
            } else if (base == 'i' && tone >= 0) {
                code = String.valueOf("ìíæóò".charAt(tone));
            } else if (base == 'y' && tone == 4) {
                code = "î";
            } else {
                String letter = marks.contains("\u031B") ? (base == 'o' ? "ô" : "ö") : String.valueOf(base);
                String mark = "";
                if (marks.contains("\u0302")) {
                    mark = String.valueOf("âàáåãä".charAt(tone + 1));
                } else if (marks.contains("\u0306")) {
                    mark = String.valueOf("êèéúüë".charAt(tone + 1));
                } else if (tone >= 0) {
                    mark = String.valueOf("øùûõï".charAt(tone));
                }
                code = letter + mark;
            }
            out.append(upper ? code.toUpperCase(Locale.ROOT) : code);
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            người     | true
            nghiêng   | true
            giữa      | true
            gì        | true
            quyết     | true
            khuỷu     | true
            thuở      | true
            oư        | false
            élève     | false
            ộlốve     | false
            schửn     | false
            hoạnhh    | false
            hoạná     | false
            """)
    void tellsWellFormedSyllables(String word, boolean syllable) {
        assertThat(LegacyVietnamese.isSyllable(word)).isEqualTo(syllable);
    }
}
