package vn.minhbach.demo;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/** Tiny but well-formed attachments (PDF and Word-readable RTF), so downloads have real types and bodies. */
final class SmallFiles {

    static final String PDF = "application/pdf";
    static final String DOC = "application/msword";

    private SmallFiles() {
    }

    /** A one-page PDF whose text is the title folded to ASCII (the base-14 fonts have no Vietnamese glyphs). */
    static byte[] pdf(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^\\x20-\\x7e]", "").replaceAll("[()\\\\]", "");
        String stream = "BT /F1 12 Tf 50 780 Td (" + ascii + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A form template as RTF, which word processors open under a .doc name; Vietnamese as RTF unicode escapes. */
    static byte[] form(String title) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs28 ");
        title.chars().forEach(c -> {
            if (c < 128) {
                rtf.append((char) c);
            } else {
                rtf.append("\\u").append(c).append('?');
            }
        });
        rtf.append("\\par ......................................................\\par}");
        return rtf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
