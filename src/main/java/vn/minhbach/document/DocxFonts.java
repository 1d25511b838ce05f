package vn.minhbach.document;

import java.util.HashSet;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * The font a DOCX run is drawn in, the way Word resolves it: the run's own fonts, then its character style, then
 * its paragraph's style (each through the styles it is based on), then the document defaults. Documents typed in
 * TCVN3 often set ".VnTime" once, on the Normal style, and never on a run.
 */
final class DocxFonts {

    private final XWPFStyles styles;

    DocxFonts(XWPFStyles styles) {
        this.styles = styles;
    }

    /** The run's font name, or null when none is named anywhere (a theme font: never a legacy one). */
    String of(XWPFRun run, XWPFParagraph paragraph) {
        String font = name(run.getCTR().isSetRPr() ? run.getCTR().getRPr() : null);
        if (font == null) {
            font = ofStyle(run.getStyle());
        }
        if (font == null) {
            font = ofStyle(paragraph.getStyleID());
        }
        if (font == null && styles != null && styles.getDefaultRunStyle() != null) {
            font = name(styles.getDefaultRunStyle().getRPr());
        }
        return font;
    }

    private String ofStyle(String styleId) {
        Set<String> seen = new HashSet<>();
        String id = styleId;
        while (styles != null && id != null && !id.isEmpty() && seen.add(id)) {
            XWPFStyle style = styles.getStyle(id);
            if (style == null) {
                return null;
            }
            String font = style.getCTStyle().isSetRPr() ? name(style.getCTStyle().getRPr()) : null;
            if (font != null) {
                return font;
            }
            id = style.getBasisStyleID();
        }
        return null;
    }

    /** Word draws letters above ASCII (all the TCVN3 and VNI bytes) in the hAnsi font, ASCII in the ascii one. */
    private static String name(CTRPr rPr) {
        if (rPr == null || rPr.sizeOfRFontsArray() == 0) {
            return null;
        }
        CTFonts fonts = rPr.getRFontsArray(0);
        return fonts.getHAnsi() != null ? fonts.getHAnsi() : fonts.getAscii();
    }
}
