package vn.minhbach.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharsetSnifferTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            text/html; charset=windows-1258     | <p>x</p>                                            | windows-1258
            text/html; charset="ISO-8859-1"     | <meta charset="utf-8">                               | ISO-8859-1
            text/html;charset=UTF8              | <p>x</p>                                            | UTF-8
            text/html; charset=x-no-such-thing  | <meta charset="windows-1258">                        | windows-1258
            text/html; charset=x-no-such-thing  | <p>x</p>                                            | UTF-8
            text/html                           | <meta charset="windows-1258">                        | windows-1258
            NULL                                | <meta charset='iso-8859-1' />                        | ISO-8859-1
            text/html                           | <meta http-equiv="Content-Type" content="text/html; charset=windows-1258"> | windows-1258
            text/html                           | <meta charset="bogus-name">                          | UTF-8
            text/html                           | <p>nothing declared</p>                              | UTF-8
            """)
    void picksTheDeclaredCharset(String contentType, String body, String expected) {
        assertThat(CharsetSniffer.detect(contentType, body.getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(Charset.forName(expected));
    }

    @Test
    void byteOrderMarkWinsAndIsDropped() {
        byte[] body = withBom("<p>Ủy ban</p>".getBytes(StandardCharsets.UTF_8));
        assertThat(CharsetSniffer.detect("text/html; charset=ISO-8859-1", body)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(CharsetSniffer.decode("text/html; charset=ISO-8859-1", body)).isEqualTo("<p>Ủy ban</p>");
    }

    @Test
    void decodesWindows1258WithCombiningTonesIntoComposedText() {
        Charset cp1258 = Charset.forName("windows-1258");
        // windows-1258 has no precomposed "ớ": pages spell it as "ơ" followed by a combining acute.
        byte[] body = "<p>Cơ quan Nhà nư\u01A1\u0301c</p>".getBytes(cp1258);
        assertThat(body).hasSize(24);
        assertThat(CharsetSniffer.decode("text/html; charset=windows-1258", body)).isEqualTo("<p>Cơ quan Nhà nước</p>");
    }

    private static byte[] withBom(byte[] body) {
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }
}
