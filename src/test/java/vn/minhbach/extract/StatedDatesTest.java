package vn.minhbach.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '^', textBlock = """
            Phòng Quản lý Báo chí & Xuất bản (15/09/2016 15:24) ^ 2016-09-15
            Nguyễn Văn Hùng (08:32 04/08/2016) ^ 2016-08-04
            Người gửi: Đinh Văn Bảy - 12/3/2025 07:45 ^ 2025-03-12
            Người hỏi: A - Ngày hỏi: 04/08/2016 | Ngày trả lời: 15/09/2016 ^ 2016-09-15
            Ngày đăng: 01/03/2026 | Cập nhật: 05/03/2026 ^ 2026-03-01
            Publish date: 5/3/2026 Views: 120 ^ 2026-03-05
            Posted on 5/3/2026 by the Office ^ 2026-03-05
            Answered: 9/2/2026 | Updated: 20/2/2026 ^ 2026-02-09
            Đăng lúc 08:30 - 05/03/2026 ^ 2026-03-05
            Date: 2026-03-05 ^ 2026-03-05
            Cập nhật lúc 08:30, Thứ Hai, 24/12/2022 (GMT+7) ^ ''
            Last modified 12/12/2025 ^ ''
            Ngày hiệu lực: 01/01/2020 ^ ''
            Hôm nay: Thứ Bảy, 05/12/2026 ^ ''
            Showing 1 - 10 of 12 results ^ ''
            Người nộp: B (16/72/2020 10:00) ^ ''
            Theo Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng Chính phủ, hộ nghèo được hỗ trợ 40 triệu đồng để xây nhà. ^ ''
            """)
    void aLinesOwnDateIsTheOneAReaderTakes(String line, String expected) {
        LocalDate want = expected.isEmpty() ? null : LocalDate.parse(expected);
        assertThat(StatedDates.last(line)).isEqualTo(want);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '^', textBlock = """
            Người hỏi: Hồ Văn Lâm - Ngày hỏi: 02/06/2025 | Ngày trả lời: 05/06/2025 ^ 02/06/2025 ^ 05/06/2025
            Ngày gửi: 1/2/2024; Đã trả lời ngày 6/2/2024                              ^ 1/2/2024   ^ 6/2/2024
            Ngày hỏi 3/2/2024 Ngày trả lời: 5/2/2024                                   ^ 3/2/2024   ^ 5/2/2024
            Trả lời: đang xử lý                                                          ^ ''         ^ ''
            """)
    void labelsAnywhereInALineEachGiveTheirValue(String line, String asked, String answered) {
        Folded f = Folded.of(line);
        assertThat(String.join(",", Fields.inline(f, QaExtractor.ASKED))).isEqualTo(asked);
        assertThat(String.join(",", Fields.inline(f, QaExtractor.ANSWERED))).isEqualTo(answered);
    }
}
