package vn.minhbach.model;

/**
 * What the TLS handshake with a site's host showed of its certificate, checked as a browser checks it: the
 * chain up to a trusted root (completed through the certificate's AIA address when the server leaves out an
 * intermediate), the validity dates and the host name.
 *
 * @param host   the host name the certificate was checked for
 * @param code   the outcome
 * @param detail what exactly was seen (a date, a name, an AIA address and why it failed), in English; may be empty
 */
public record CertificateCheck(String host, Code code, String detail) {

    /** Outcomes of the check; the names are the codes written to report.json. */
    public enum Code {
        /** The server sent a complete chain to a trusted root, valid today, for this host name. */
        VALID("chứng chỉ hợp lệ", "valid"),
        /** The server left out an intermediate; it was fetched through AIA (CA Issuers) and the chain is valid. */
        COMPLETED_VIA_AIA("máy chủ không gửi chứng chỉ trung gian; đã tải bổ sung qua địa chỉ AIA (CA Issuers)"
                + " như trình duyệt, chuỗi chứng chỉ hợp lệ", "chain completed through AIA"),
        EXPIRED("chứng chỉ đã hết hạn", "expired"),
        NOT_YET_VALID("chứng chỉ chưa đến ngày có hiệu lực", "not yet valid"),
        SELF_SIGNED("chứng chỉ tự ký, không do tổ chức chứng thực được tin cậy cấp", "self-signed"),
        WRONG_HOST("chứng chỉ không cấp cho tên miền này", "wrong host name"),
        INCOMPLETE_CHAIN("chuỗi chứng chỉ không đầy đủ: máy chủ không gửi chứng chỉ trung gian và không tải được"
                + " qua địa chỉ AIA", "incomplete chain"),
        UNTRUSTED_ROOT("chứng chỉ do tổ chức chứng thực không được tin cậy cấp (gốc không có trong kho tin cậy)",
                "untrusted root"),
        /** Any other reason the chain was refused (a key usage, an algorithm, a malformed certificate). */
        INVALID("chứng chỉ không hợp lệ", "invalid");

        private final String vietnamese;
        private final String english;

        Code(String vietnamese, String english) {
            this.vietnamese = vietnamese;
            this.english = english;
        }

        /** True for the outcomes that let the crawl go on. */
        public boolean ok() {
            return this == VALID || this == COMPLETED_VIA_AIA;
        }
    }

    public CertificateCheck {
        detail = detail == null ? "" : detail;
    }

    public boolean ok() {
        return code.ok();
    }

    /** For people, in Vietnamese: the outcome for this host, then the detail. */
    public String reason() {
        String text = Character.toUpperCase(code.vietnamese.charAt(0)) + code.vietnamese.substring(1)
                + " (" + host + ")";
        return detail.isEmpty() ? text + "." : text + ": " + detail + ".";
    }

    /** The error of a fetch refused for this reason, naming the problem ("TLS certificate: incomplete chain"). */
    public String failure() {
        return "TLS certificate: " + code.english + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
