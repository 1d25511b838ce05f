/**
 * Vietnamese text handling shared by every stage: normalisation and diacritic-insensitive matching
 * ({@link vn.minhbach.text.VietText}), and parsers for day-first dates, reporting periods, document numbers
 * and phone numbers. All parsers accept raw page text (NFD, NBSP, typographic dashes) and use only
 * precompiled patterns.
 */
package vn.minhbach.text;
