package vn.minhbach.extract;

import java.net.URI;
import java.util.List;

/**
 * What a procedure detail page publishes (item {@code onestop.procedure-details}; NĐ 63/2010 Đ8): its name,
 * level, whether it states the processing time, the dossier components and the fee (a "Không" fee counts),
 * whether it names a form (mẫu đơn, tờ khai), and the links to the forms it names.
 */
public record ProcedureFacts(String name, OnlineLevel level, boolean processingTime, boolean dossier, boolean fee,
                             boolean namesForm, List<URI> forms) {

    public ProcedureFacts {
        forms = List.copyOf(forms);
    }
}
