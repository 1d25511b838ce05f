package vn.minhbach.extract;

/**
 * What a site's footer says about its owner (criterion 10 site facts; TT 32 Đ16; NĐ 42/2022 Đ4e): the agency
 * in charge, the person responsible, the address, a phone number and an e-mail. Each is null when not shown.
 */
public record FooterFacts(String agency, String responsible, String address, String phone, String email) {

    static final FooterFacts NONE = new FooterFacts(null, null, null, null, null);
}
