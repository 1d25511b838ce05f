/**
 * Evidence that outlives the site: the pages behind each verdict kept as gzip-compressed WARC response
 * records (with the DOM a browser rendered of them as conversion records, and the JSON answers cited as
 * resource records), one record per distinct payload, indexed in the store by audit, URL and kind, readable
 * back as the portal showed them on the night of the audit; and the retention that keeps the folder bounded.
 */
package vn.minhbach.evidence;
