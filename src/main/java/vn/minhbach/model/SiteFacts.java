package vn.minhbach.model;

import java.net.URI;

/**
 * Site-wide facts for PCI criterion 10 (openness and quality of the website, TT 32/2017/TT-BTTTT
 * Điều 16-20): reported as figures beside the items, not as verdicts. A null field means "not seen". A site
 * whose pages all failed has facts only when its certificate explains why ({@link #certificateOnly}).
 *
 * @param role                 the site
 * @param url                  its home page
 * @param https                served over HTTPS
 * @param search               a search form or search page was found
 * @param sitemapXml           a sitemap.xml (or robots.txt Sitemap:) answered
 * @param mobileViewport       the home page declares a mobile viewport
 * @param footerAgency         the agency named in the footer
 * @param footerResponsible    the person responsible for the site named in the footer
 * @param footerAddress        the address in the footer
 * @param footerPhone          a phone number in the footer
 * @param footerEmail          an e-mail address in the footer
 * @param medianResponseMillis median time to fetch a page
 * @param certificate          what the TLS handshake showed of the site's certificate (valid, completed through
 *                             AIA, or the problem that failed its pages), or null when not reached over HTTPS
 */
public record SiteFacts(SiteRole role, URI url, boolean https, boolean search, boolean sitemapXml,
                        boolean mobileViewport, String footerAgency, String footerResponsible, String footerAddress,
                        String footerPhone, String footerEmail, Long medianResponseMillis,
                        CertificateCheck certificate) {

    /** Facts with no certificate seen. */
    public SiteFacts(SiteRole role, URI url, boolean https, boolean search, boolean sitemapXml,
                     boolean mobileViewport, String footerAgency, String footerResponsible, String footerAddress,
                     String footerPhone, String footerEmail, Long medianResponseMillis) {
        this(role, url, https, search, sitemapXml, mobileViewport, footerAgency, footerResponsible, footerAddress,
                footerPhone, footerEmail, medianResponseMillis, null);
    }

    /**
     * True when no page of the site was read because its certificate was refused: then only the certificate is
     * a fact, and the other fields say nothing about the site.
     */
    public boolean certificateOnly() {
        return certificate != null && !certificate.ok() && medianResponseMillis == null;
    }
}
