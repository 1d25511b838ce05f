/**
 * The documents behind the links (checklist.md "Documents behind the links"): PDF, Word, Excel and ODT files
 * read to text (PDFBox, POI, Tesseract for scans, TCVN3 and VNI converted to Unicode), and the facts their first
 * pages state. Network-free: bytes in, text and facts out.
 */
package vn.minhbach.document;
