package vn.minhbach.demo;

import java.time.LocalDate;
import java.util.List;
import vn.minhbach.demo.Html.Property;

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

    /** The properties its own page lists, under the labels and date format of a platform. */
    List<Property> properties(String numberLabel, String issuedLabel, DemoDates dates, String issuerLabel,
                              String fileLabel) {
        return List.of(Property.text(numberLabel, number), Property.text("Loại văn bản", kind),
                Property.text(issuedLabel, dates.format(issued)), Property.text(issuerLabel, ISSUER),
                Property.text("Người ký", signer), Property.text("Trích yếu", summary),
                new Property(fileLabel, Html.link(filePath(), Html.fileName(filePath()))));
    }
}
