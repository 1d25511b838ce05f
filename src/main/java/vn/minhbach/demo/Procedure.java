package vn.minhbach.demo;

/**
 * One administrative procedure (TTHC) of the one-stop site.
 *
 * @param code       its national code (mã thủ tục)
 * @param name       its name
 * @param sector     its field (lĩnh vực)
 * @param level      the online-service level as the list shows it ("Toàn trình", "Một phần", "Mức độ 4", ...)
 * @param online     whether that level counts as online under checklist item onestop.online-rate
 * @param time       the processing time
 * @param dossier    the dossier components
 * @param fee        the fee or charge, or null when the page omits it
 * @param form       the form attached, or null when the procedure names none
 */
record Procedure(String code, String name, String sector, String level, boolean online, String time,
                 String dossier, String fee, Attachment form) {

    String detailPath() {
        return "/thu-tuc-hanh-chinh/chi-tiet?ma=" + code;
    }

    /** Whether the page publishes everything checklist item onestop.procedure-details asks for. */
    boolean complete() {
        return fee != null && (form == null || !form.broken());
    }
}
