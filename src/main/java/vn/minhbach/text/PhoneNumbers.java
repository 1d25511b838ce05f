package vn.minhbach.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Vietnamese phone numbers in free text (checklist "How to recognise things", domain notes §7): landlines
 * 02x/02xx with 10-11 digits in all ("0255.3714507"), mobiles of 10 digits with prefixes 03/05/07/08/09,
 * the 1022 public-service line alone or after an area code ("0255.1022"), and 1800/1900 numbers; with
 * separators '.', ' ', '-', parentheses and +84/84.
 *
 * <p>A run of digit groups is found first, then split into numbers: from each group the longest run of
 * whole groups that forms a valid number is taken. Prices ("1.500.000 đồng"), dates, years, postcodes and
 * document numbers ("1022/QĐ-UBND") form no valid number or are excluded by the run's boundaries.
 */
public final class PhoneNumbers {

    /**
     * Digit groups joined by one separator; never touching letters or further digits, nor a following
     * "/code" (document numbers). A following "/digits" is allowed for "0255.3822123/3822456". At most
     * {@link #MAX_RUN_GROUPS} groups: Java matches each repetition of a group one stack frame deeper, and a
     * page of "1.2.3.4…" overflowed the stack; a longer run of groups holds no number anyway.
     */
    private static final Pattern RUN = Pattern.compile(
            "(?<![\\p{L}\\d/.,+])(?:\\(\\s?)?\\+?\\d++\\)?(?:(?:\\s?[.\\-]\\s?|\\s|(?<=\\)))(?:\\(\\s?)?\\+?\\d++\\)?){0,"
                    + PhoneNumbers.MAX_RUN_GROUPS + "}(?![\\p{L}\\d]|/\\s?\\p{L}|[.,]\\d)");
    private static final Pattern GROUP = Pattern.compile("(\\+)?(\\d+)");
    private static final Pattern MOBILE = Pattern.compile("0(?:3[2-9]|5[25689]|7[06-9]|8[1-9]|9\\d)\\d{7}");
    private static final Pattern LANDLINE = Pattern.compile("02\\d{8,9}");
    private static final Pattern AREA_CODE = Pattern.compile("0\\d{2,3}");
    private static final Pattern SHORT_LINE = Pattern.compile("(1800|1900)(?:\\d{4}|\\d{6})");
    /** Words after which a lone "1022" is a number of something else: "số 1022", "năm 1022". */
    private static final Pattern NOT_A_LINE_BEFORE = Pattern.compile("(?iu)(?:số|năm|no\\.?)\\s*:?\\s*$");
    /** Labels of other ten-digit numbers: tax codes (many start 03), bank accounts, identity cards. */
    private static final List<String> OTHER_NUMBER_LABELS =
            List.of("mst", "mã số thuế", "mã số doanh nghiệp", "tài khoản", "stk", "cccd", "cmnd", "định danh");
    private static final Pattern NOT_A_PHONE_BEFORE = Pattern.compile(
            "(?iu)(?:" + String.join("|", OTHER_NUMBER_LABELS) + ")\\s*(?:số)?\\s*:?\\s*$");
    /** The last char of each of those labels and of "số": what {@link #NOT_A_PHONE_BEFORE} needs before a run. */
    private static final String LABEL_ENDS = Stream.concat(OTHER_NUMBER_LABELS.stream(), Stream.of("số"))
            .map(label -> label.substring(label.length() - 1)).distinct().collect(Collectors.joining());
    /** How many chars before a run {@link #NOT_A_PHONE_BEFORE} is tried on. */
    private static final int LABEL_WINDOW = 24;
    private static final int MAX_GROUPS_PER_NUMBER = 6;
    /** Groups after the first in one run: a list of ten numbers of six groups, joined by dashes, fits. */
    static final int MAX_RUN_GROUPS = 63;
    /** The fewest digits of any number read: the 1022 line alone. */
    private static final int MIN_DIGITS = 4;

    private PhoneNumbers() {
    }

    /** Every phone number in the text, in order of appearance. */
    public static List<PhoneNumber> findAll(String text) {
        return findAllNormalized(VietText.normalize(text));
    }

    /**
     * {@link #findAll} of a text that {@link VietText#normalize} gives back unchanged (a page's text is
     * normalised once for every extractor): the text is not looked over again to learn that.
     */
    public static List<PhoneNumber> findAllNormalized(String s) {
        List<PhoneNumber> numbers = new ArrayList<>();
        Matcher run = RUN.matcher(s).useTransparentBounds(true);
        // one copy of the chars to scan: a page's text is long, and String.charAt is a call a char
        char[] chars = s.toCharArray();
        // A run starts with a digit, "(" or "+": the pattern is tried only there, not at every char of a page.
        for (int at = nextStart(chars, 0); at >= 0; ) {
            int fewDigitsEnd = fewDigitsEnd(chars, at);
            if (fewDigitsEnd >= 0) {
                // no run from here holds enough digits, nor any run starting further on in these chars
                at = nextStart(chars, fewDigitsEnd);
                continue;
            }
            if (!run.region(at, s.length()).lookingAt()) {
                at = nextStart(chars, at + 1);
                continue;
            }
            if (digits(chars, run.start(), run.end()) >= MIN_DIGITS
                    && !(mayFollowAnotherNumberLabel(chars, run.start())
                    && NOT_A_PHONE_BEFORE.matcher(before(s, run.start(), LABEL_WINDOW)).find())) {
                split(s, run.start(), run.end(), numbers);
            }
            at = nextStart(chars, Math.max(run.end(), at + 1));
        }
        return numbers;
    }

    /**
     * Where the chars that a run starting at {@code from} may hold (digits, '(', ')', '+', '.', '-' and
     * whitespace) end, when they hold fewer than {@link #MIN_DIGITS} digits; else -1. A run never reaches past
     * them, so neither a run from {@code from} nor one from a later start among them is a number: the pattern
     * is not tried on the many short numbers of a page (menu items, dates, times).
     */
    private static int fewDigitsEnd(char[] chars, int from) {
        int digits = 0;
        int i = from;
        for (; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                if (++digits >= MIN_DIGITS) {
                    return -1;
                }
            } else if ("()+.- \t\n\u000B\f\r".indexOf(c) < 0) {
                break;
            }
        }
        return i;
    }

    /**
     * False when {@link #NOT_A_PHONE_BEFORE} cannot match before {@code at}: it needs one of its labels there,
     * then only whitespace, "số", ':' and a line break ('$'), so the last char before {@code at} that is none of
     * these must end a label or "số" (as the pattern compares chars, ignoring case).
     */
    private static boolean mayFollowAnotherNumberLabel(char[] chars, int at) {
        int i = at - 1;
        int first = Math.max(0, at - LABEL_WINDOW);
        while (i >= first && ": \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(chars[i]) >= 0) {
            i--;
        }
        if (i < first) {
            return false;
        }
        char c = chars[i];
        char folded = Character.toLowerCase(Character.toUpperCase(c));
        return LABEL_ENDS.indexOf(c) >= 0 || LABEL_ENDS.indexOf(folded) >= 0;
    }

    /**
     * The next index from {@code from} where a run may start: a digit, "(" or "+" that no char {@link #RUN}'s
     * look-behind refuses stands just before (the later digits of a date or a price are not tried).
     */
    private static int nextStart(char[] chars, int from) {
        for (int i = from; i < chars.length; i++) {
            char c = chars[i];
            // most chars of a page are letters, past '9': one comparison passes them
            if (c <= '9' && (c >= '0' || c == '(' || c == '+') && (i == 0 || !refusedBefore(chars[i - 1]))) {
                return i;
            }
        }
        return -1;
    }

    /** An ASCII letter or digit, '/', '.', ',' or '+': a char that no run follows. */
    private static boolean refusedBefore(char c) {
        char lower = (char) (c | 0x20);
        return (c >= '0' && c <= '9') || (lower >= 'a' && lower <= 'z') || c == '/' || c == '.' || c == ','
                || c == '+';
    }

    private static void split(String s, int from, int to, List<PhoneNumber> out) {
        List<int[]> groups = new ArrayList<>();
        Matcher g = GROUP.matcher(s).region(from, to);
        while (g.find()) {
            groups.add(new int[] {g.start(), g.end(), g.start(2)});
        }
        int i = 0;
        while (i < groups.size()) {
            PhoneNumber found = null;
            int last = Math.min(groups.size(), i + MAX_GROUPS_PER_NUMBER) - 1;
            for (int j = last; j >= i && found == null; j--) {
                found = classify(s, groups, i, j);
                if (found != null) {
                    out.add(found);
                    i = j + 1;
                }
            }
            if (found == null) {
                i++;
            }
        }
    }

    private static PhoneNumber classify(String s, List<int[]> groups, int i, int j) {
        if (!mayBeANumber(s, groups, i, j)) {
            return null;
        }
        StringBuilder joined = new StringBuilder(16);
        for (int k = i; k <= j; k++) {
            joined.append(s, groups.get(k)[2], groups.get(k)[1]);
        }
        String first = s.substring(groups.get(i)[2], groups.get(i)[1]);
        String lastGroup = s.substring(groups.get(j)[2], groups.get(j)[1]);
        boolean plus = groups.get(i)[2] > groups.get(i)[0];
        String digits = national(joined.toString(), plus);
        if (!lastGroup.equals("1022") && digits.length() != 8 && digits.length() != 10 && digits.length() != 11) {
            return null; // no 1800/1900 (8 or 10 digits), mobile (10) or landline (10-11) number: years, prices
        }
        String raw = rawText(s, groups.get(i)[0], groups.get(j)[1]);
        if (lastGroup.equals("1022")) {
            boolean slashAfter = groups.get(j)[1] < s.length() && s.charAt(groups.get(j)[1]) == '/';
            if (i == j && !slashAfter && !NOT_A_LINE_BEFORE.matcher(before(s, groups.get(i)[0], 12)).find()) {
                return new PhoneNumber(raw, "1022", PhoneNumber.Kind.HOTLINE_1022);
            }
            String area = digits.substring(0, digits.length() - 4);
            if (i < j && AREA_CODE.matcher(area).matches()) {
                return new PhoneNumber(raw, digits, PhoneNumber.Kind.HOTLINE_1022);
            }
        }
        if (first.length() >= 4 && SHORT_LINE.matcher(digits).matches()) {
            return new PhoneNumber(raw, digits, digits.startsWith("1800")
                    ? PhoneNumber.Kind.TOLL_FREE_1800 : PhoneNumber.Kind.PREMIUM_1900);
        }
        if (MOBILE.matcher(digits).matches()) {
            return new PhoneNumber(raw, digits, PhoneNumber.Kind.MOBILE);
        }
        if (LANDLINE.matcher(digits).matches()) {
            return new PhoneNumber(raw, digits, PhoneNumber.Kind.LANDLINE);
        }
        return null;
    }

    /**
     * False when groups i..j cannot form a number whatever their prefix: too few or too many digits for 8, 10 or
     * 11 once a "0084" or "84" is taken off, and no "1022" at the end. Most tries of {@link #split} end here,
     * before any string is built (a run of single digits tried in every grouping cost more than the rest).
     */
    private static boolean mayBeANumber(String s, List<int[]> groups, int i, int j) {
        int digits = 0;
        for (int k = i; k <= j; k++) {
            digits += groups.get(k)[1] - groups.get(k)[2];
        }
        int[] last = groups.get(j);
        if (last[1] - last[2] == 4 && s.startsWith("1022", last[2])) {
            return true;
        }
        return digits >= 8 && digits <= 15;
    }

    /** "+84 905…", "0084 905…" and "84905…" (11-12 digits) become "0905…"; "+84 (0) 255…" keeps one 0. */
    private static String national(String joined, boolean plus) {
        String rest = null;
        if (joined.startsWith("0084")) {
            rest = joined.substring(4);
        } else if (joined.startsWith("84") && (plus || joined.length() == 11 || joined.length() == 12)) {
            rest = joined.substring(2);
        }
        if (rest == null) {
            return joined;
        }
        return rest.startsWith("0") ? rest : "0" + rest;
    }

    private static int digits(char[] chars, int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            char c = chars[k];
            count += c >= '0' && c <= '9' ? 1 : 0;
        }
        return count;
    }

    private static String before(String s, int at, int length) {
        return s.substring(Math.max(0, at - length), at);
    }

    /** The written form; a parenthesis around the area code is kept only when both halves are inside. */
    private static String rawText(String s, int start, int end) {
        int opens = 0;
        int closes = 0;
        for (int k = start; k < end; k++) {
            opens += s.charAt(k) == '(' ? 1 : 0;
            closes += s.charAt(k) == ')' ? 1 : 0;
        }
        if (closes > opens) {
            int k = start - 1;
            if (k >= 0 && s.charAt(k) == ' ') {
                k--;
            }
            if (k >= 0 && s.charAt(k) == '(') {
                start = k;
            }
        } else if (opens > closes && end < s.length() && s.charAt(end) == ')') {
            end++;
        }
        return s.substring(start, end);
    }
}
