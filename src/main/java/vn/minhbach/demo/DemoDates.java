package vn.minhbach.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The date styles Vietnamese portals print, always day first (domain-notes.md section 7), so that the
 * demo exercises every format the date parser must read.
 */
enum DemoDates {
    /** {@code 05/03/2026}. */
    DMY,
    /** {@code 5/3/2026}. */
    DMY_SHORT,
    /** {@code (08:30 05/03/2026)}. */
    TIME_DATE,
    /** {@code Cập nhật lúc 08:30, Thứ Năm, 05/03/2026 (GMT+7)}. */
    UPDATED,
    /** {@code ngày 5 tháng 3 năm 2026}. */
    LONG,
    /** {@code Ngày đăng: 05/03/2026 08:30}. */
    POSTED;

    private static final DateTimeFormatter DMY_FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHORT_FORMAT = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DMY_TIME_FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter ISO_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    String format(LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        return switch (this) {
            case DMY -> d.format(DMY_FORMAT);
            case DMY_SHORT -> d.format(SHORT_FORMAT);
            case TIME_DATE -> "(" + t.format(TIME_FORMAT) + " " + d.format(DMY_FORMAT) + ")";
            case UPDATED -> "Cập nhật lúc " + t.format(TIME_FORMAT) + ", " + weekday(d.getDayOfWeek()) + ", "
                    + d.format(DMY_FORMAT) + " (GMT+7)";
            case LONG -> longForm(d);
            case POSTED -> "Ngày đăng: " + d.format(DMY_FORMAT) + " " + t.format(TIME_FORMAT);
        };
    }

    String format(LocalDate d) {
        return format(d.atTime(8, 0));
    }

    /** {@code 05/03/2026 08:30}, as most CMS list views print a timestamp. */
    static String dmyTime(LocalDateTime t) {
        return t.format(DMY_TIME_FORMAT);
    }

    /** {@code 2026-03-05T08:30:00+07:00}, for {@code <time datetime>}. */
    static String iso(LocalDateTime t) {
        return t.format(ISO_FORMAT) + "+07:00";
    }

    static String longForm(LocalDate d) {
        return "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear();
    }

    static String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "Thứ Hai";
            case TUESDAY -> "Thứ Ba";
            case WEDNESDAY -> "Thứ Tư";
            case THURSDAY -> "Thứ Năm";
            case FRIDAY -> "Thứ Sáu";
            case SATURDAY -> "Thứ Bảy";
            case SUNDAY -> "Chủ Nhật";
        };
    }
}
