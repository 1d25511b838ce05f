package vn.minhbach.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.minhbach.model.DocumentEvidence;

/**
 * The {@code document} object of an evidence entry (product.md): what was read of the document the entry rests
 * on, with only the fields read; a field not read is left out, never written as a guess or a null.
 */
final class DocumentJson {
    private DocumentJson() {
    }

    static ObjectNode of(DocumentEvidence document, JsonNodeFactory nodes) {
        ObjectNode node = nodes.objectNode();
        node.put("url", document.url().toString());
        putText(node, "type", document.type());
        if (document.pages() != null) {
            node.put("pages", document.pages());
        }
        if (document.textLayer() != null) {
            node.put("textLayer", document.textLayer());
        }
        if (document.ocr() != null) {
            node.put("ocr", document.ocr());
        }
        putText(node, "encoding", document.encoding());
        putText(node, "number", document.number());
        putText(node, "issued", document.issued() == null ? null : document.issued().toString());
        putText(node, "period", document.period());
        putText(node, "excerpt", document.excerpt());
        return node;
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
