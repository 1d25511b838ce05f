package vn.minhbach.demo;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A citizen's question in the portal's Q&amp;A section.
 *
 * @param id       the id in its detail page's query ({@code /hoi-dap/chi-tiet?id=N})
 * @param title    the question
 * @param asker    who asked it
 * @param asked    the date it was asked
 * @param answered the date it was answered, or null while pending
 * @param answer   the answer text, or null while pending
 */
record Question(int id, String title, String asker, LocalDate asked, LocalDate answered, String answer) {

    static final String ANSWERER = "Phòng Tư pháp huyện Lý Sơn";

    String detailPath() {
        return "/hoi-dap/chi-tiet?id=" + id;
    }

    Optional<LocalDate> answeredOn() {
        return Optional.ofNullable(answered);
    }
}
