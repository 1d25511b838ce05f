package vn.minhbach.testing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The administrative procedures of {@link SpaSite}, generated from their count alone so that tests know every
 * figure in advance. Procedure {@code i} (counted from 1):
 * <ul>
 *   <li>is "Trực tiếp" (not online) when {@code i % 5 == 0}, else "Một phần" when even, else "Toàn trình";</li>
 *   <li>has no fee when {@code i % 7 == 0}; otherwise "Không" when {@code i % 3 == 0}, else an amount;</li>
 *   <li>names a form whose file answers 404 when {@code i % 9 == 0}; of the others, every 4th names no form
 *       and the rest name one that downloads;</li>
 *   <li>always has a processing time and dossier components.</li>
 * </ul>
 * So a procedure is complete unless {@code i % 7 == 0 || i % 9 == 0}.
 */
public final class SpaProcedures {

    private static final String[] NAMES = {"Cấp giấy phép xây dựng nhà ở riêng lẻ", "Đăng ký khai sinh",
        "Đăng ký kết hôn", "Cấp bản sao trích lục hộ tịch", "Chứng thực bản sao từ bản chính",
        "Đăng ký thành lập hộ kinh doanh", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        "Cấp giấy phép bán lẻ rượu", "Đăng ký khai tử", "Giải quyết trợ cấp thất nghiệp",
        "Công nhận xã đạt chuẩn nông thôn mới", "Cấp giấy phép khai thác nước mặt"};

    /** How a procedure is offered, as iGate names it. */
    public record Level(String name) {
        boolean online() {
            return !name.equals("Trực tiếp");
        }
    }

    /** A downloadable file. */
    public record FileRef(String path) {
    }

    /** A form a procedure names. */
    public record Form(String name, FileRef file) {
    }

    /** One procedure as the API answers it; {@code fee} is left out of the JSON when null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Procedure(String id, String code, String name, Level level, String fee, String processingTime,
            List<String> dossier, List<Form> forms) {
    }

    /** A Spring Data page of procedures, as iGate's API answers a list. */
    public record Page(List<Procedure> content, int totalPages, int number, int size, long totalElements) {
    }

    private final List<Procedure> all;

    /** The first {@code count} procedures. */
    public SpaProcedures(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("procedures must not be negative: " + count);
        }
        this.all = IntStream.rangeClosed(1, count).mapToObj(SpaProcedures::procedure).toList();
    }

    private static Procedure procedure(int i) {
        String code = "1.%06d".formatted(12_000 + i);
        Level level = new Level(i % 5 == 0 ? "Trực tiếp" : i % 2 == 0 ? "Một phần" : "Toàn trình");
        String fee = i % 7 == 0 ? null : i % 3 == 0 ? "Không" : "%d.000 đồng/hồ sơ".formatted(10 * (i % 5 + 1));
        List<Form> forms = i % 9 != 0 && i % 4 == 0 ? List.of()
                : List.of(new Form("Tờ khai", new FileRef("/files/" + code + ".docx")));
        // A procedure without a form asks for none: its dossier names no "tờ khai" either.
        List<String> dossier = new ArrayList<>(List.of(forms.isEmpty() ? "Văn bản đề nghị (01 bản chính)"
                : "Tờ khai theo mẫu (01 bản chính)", "Bản sao giấy tờ tùy thân của người nộp (01 bản)"));
        if (i % 2 == 0) {
            dossier.add("Giấy tờ chứng minh nơi cư trú (01 bản sao)");
        }
        return new Procedure(id(i), code, "%s (%d)".formatted(NAMES[(i - 1) % NAMES.length], i), level, fee,
                "%d ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ".formatted(3 + i % 12), dossier, forms);
    }

    /** Procedure {@code i}'s id: 24 hexadecimal digits, like a MongoDB ObjectId in iGate's URLs. */
    public static String id(int i) {
        return "6512a0f3c9e1%012x".formatted(i);
    }

    /** Every procedure, in list order. */
    public List<Procedure> all() {
        return all;
    }

    /** Page {@code number} (from 0) of {@code size} procedures. */
    public Page page(int number, int size) {
        int from = Math.min(all.size(), number * size);
        int to = Math.min(all.size(), from + size);
        return new Page(all.subList(from, to), (all.size() + size - 1) / size, number, size, all.size());
    }

    /** The procedure with {@code id}, if any. */
    public Optional<Procedure> byId(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Whether {@code path} is a form file that downloads. */
    public boolean downloads(String path) {
        return all.stream().filter(p -> !missing(p))
                .anyMatch(p -> p.forms().stream().anyMatch(f -> f.file().path().equals(path)));
    }

    /** Procedures offered online ("Toàn trình" or "Một phần"). */
    public int online() {
        return (int) all.stream().filter(p -> p.level().online()).count();
    }

    /** Names of the procedures that lack a fee or whose form does not download, in list order. */
    public List<String> incomplete() {
        return all.stream().filter(p -> p.fee() == null || missing(p)).map(Procedure::name).toList();
    }

    /** Paths of the form files that answer 404. */
    public List<String> missingFiles() {
        return all.stream().filter(SpaProcedures::missing).map(p -> p.forms().get(0).file().path()).toList();
    }

    private static boolean missing(Procedure p) {
        return number(p) % 9 == 0;
    }

    private static int number(Procedure p) {
        return Integer.parseInt(p.id().substring(12), 16);
    }
}
