package vn.minhbach.demo;

import java.time.LocalDate;

/**
 * One row of the portal's legal-documents list.
 *
 * @param id      the id in its detail page's query ({@code /van-ban/chi-tiet?id=N})
 * @param number  the document number (số ký hiệu), e.g. {@code 125/KH-UBND}
 * @param kind    the document type (Quyết định, Kế hoạch, ...)
 * @param issued  the issue date
 * @param summary the abstract (trích yếu)
 * @param signer  who signed it
 */
record LegalDoc(int id, String number, String kind, LocalDate issued, String summary, String signer) {

    static final String ISSUER = "Ủy ban nhân dân huyện Lý Sơn";

    String detailPath() {
        return "/van-ban/chi-tiet?id=" + id;
    }

    String filePath() {
        return "/van-ban/tep/" + DemoText.slug(number) + ".pdf";
    }
}
