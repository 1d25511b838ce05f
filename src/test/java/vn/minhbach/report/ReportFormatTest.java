package vn.minhbach.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "json,html,csv | JSON HTML CSV",
            "json,html     | JSON HTML",
            "csv           | CSV",
            "HTML          | HTML",
            "' json , Csv '| JSON CSV",
            "html,json     | JSON HTML",
            "json,json     | JSON"
    })
    void parsesAList(String list, String expected) {
        Set<ReportFormat> formats = Arrays.stream(expected.split(" ")).map(ReportFormat::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportFormat.class)));
        assertThat(ReportFormat.parse(list)).containsExactlyElementsOf(formats);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "json,pdf  | 'pdf'",
            "xml       | 'xml'",
            "json,,csv | ''",
            "json;html | 'json;html'",
            "'  '      | no report format",
            "''        | no report format"
    })
    void rejectsWhatIsNotAFormat(String list, String named) {
        assertThatThrownBy(() -> ReportFormat.parse(list)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(named);
    }

    @ParameterizedTest
    @CsvSource({"JSON, report.json", "HTML, report.html", "CSV, report.csv", "XLSX, report.xlsx"})
    void namesItsFile(ReportFormat format, String fileName) {
        assertThat(format.fileName()).isEqualTo(fileName);
    }
}
