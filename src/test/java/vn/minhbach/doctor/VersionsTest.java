package vn.minhbach.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)                        | 156
            ChromeDriver 156.0.8078.114 (ea19f9737303a76e07b53c6a1eec43355aca3b1d-refs/branch-heads/8078_108@{#5}) | 156
            Google Chrome 120.0.6099.109                                                           | 120
            Chromium 120.0.6099.224 snap                                                           | 120
            tesseract 5.3.0                                                                        | 5
            tesseract v5.4.1.20240606                                                              | 5
            Debian 12 chromium                                                                     | -
            /usr/bin/chromium: 9: [: 25275080704: unexpected operator                              | -
            -                                                                                      | -
            """)
    void majorVersionOfAVersionLine(String line, Integer major) {
        assertThat(Versions.major(line)).isEqualTo(major == null ? OptionalInt.empty() : OptionalInt.of(major));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            'tesseract 5.3.0\\n leptonica-1.82.0'                                                       | tesseract 5.3.0
            '/usr/bin/chromium: 9: [: 25275080704: unexpected operator\\nChromium 156.0.8078.114 built' | Chromium 156.0.8078.114 built
            '\\n  no version here\\n'                                                                     | no version here
            """)
    void theVersionLineSkipsWarningsBeforeIt(String output, String line) {
        assertThat(Versions.line(output.replace("\\n", "\n"))).contains(line);
    }
}
