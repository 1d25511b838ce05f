package vn.minhbach.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.minhbach.text.VietDates;
import vn.minhbach.text.VietText;

/**
 * The Vietnamese text functions every extractor leans on, on a paragraph of about 600 characters as a
 * portal's news post carries it: normalising, folding, match keys and finding dates.
 * Run with {@code scripts/bench jmh TextBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TextBench {

    /** Mixed NFC text with an old-style tone ("hoà"), an NBSP, a typographic dash and three dates. */
    public String paragraph = ("Ngày 15/11/2026, Ủy ban nhân dân huyện Lý Sơn tổ chức hội nghị tổng kết công tác "
            + "cải cách hành chính năm 2026 và triển khai nhiệm vụ năm 2027.\u00a0Theo báo cáo, trong năm qua huyện "
            + "đã tiếp nhận 12.345 hồ sơ thủ tục hành chính – trong đó 98,5% được giải quyết đúng hạn; "
            + "hoà giải thành 37 vụ việc. Kế hoạch số 125/KH-UBND ngày 03 tháng 02 năm 2026 đề ra mục tiêu "
            + "nâng cao chỉ số PCI, công khai minh bạch thông tin trên Cổng thông tin điện tử, cập nhật đến "
            + "ngày 28-11-2026. Đồng chí Chủ tịch UBND huyện đề nghị các phòng, ban chuyên môn, UBND các xã "
            + "tiếp tục phối hợp chặt chẽ để hoàn thành thắng lợi các chỉ tiêu kinh tế – xã hội đã đề ra.");

    @Benchmark
    public String normalize() {
        return VietText.normalize(paragraph);
    }

    @Benchmark
    public String fold() {
        return VietText.fold(paragraph);
    }

    @Benchmark
    public String key() {
        return VietText.key(paragraph);
    }

    @Benchmark
    public List<LocalDate> findDates() {
        return VietDates.findAll(paragraph);
    }
}
