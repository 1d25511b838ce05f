package vn.minhbach.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the demo portal publishes, generated from the small data files beside this class with dates
 * counted back from the audit date, so that the verdicts in expected.yaml hold whatever the day.
 *
 * @param asOf         the audit date the content is built for
 * @param news         the news section
 * @param planning     plans (annual, five-year, land use)
 * @param budget       budget disclosures (estimates and execution reports)
 * @param tenders      bidding notices
 * @param legalQa      the special section "Hỏi – đáp về pháp luật"
 * @param businessInfo the special section "Các thông tin doanh nghiệp cần biết"
 * @param documents    the legal documents, newest first
 * @param questions    the Q&amp;A questions, newest first
 */
record PortalContent(LocalDate asOf, PostSection news, PostSection planning, PostSection budget,
                     PostSection tenders, PostSection legalQa, PostSection businessInfo,
                     List<LegalDoc> documents, List<Question> questions) {

    PortalContent {
        documents = List.copyOf(documents);
        questions = List.copyOf(questions);
    }

    static final int NEWS_COUNT = 120;
    static final int DOCUMENT_COUNT = 45;
    static final int ANSWERED_COUNT = 30;
    /** Days from question to answer, cycled; the median is 2, under the 3-day target of plan 125 II. */
    private static final int[] ANSWER_DELAYS = {1, 2, 3, 2, 1, 6, 2, 3, 1, 2};
    private static final List<String> SIGNERS = List.of("Phạm Thị Hương", "Võ Văn Lâm", "Trần Quốc Bảo");
    private static final List<String> ASKERS = List.of("Nguyễn Văn An", "Lê Thị Ngọc Ánh", "Đặng Văn Tùng",
            "Huỳnh Thị Mai", "Bùi Văn Sơn", "Ngô Thị Thu", "Trương Công Định", "Phan Thị Hồng");
    private static final List<String> FILLERS = List.of(
            "Tham dự có đại diện lãnh đạo Ủy ban nhân dân huyện, các phòng, ban chuyên môn và đông đảo nhân dân.",
            "Qua đó góp phần nâng cao nhận thức của người dân và tạo sự đồng thuận trong cộng đồng.",
            "Ban tổ chức đề nghị các cơ quan, đơn vị tiếp tục phối hợp chặt chẽ để hoạt động đạt hiệu quả.",
            "Hoạt động nhận được sự hưởng ứng tích cực của cán bộ, hội viên và nhân dân trên địa bàn huyện đảo.");

    /**
     * How many news posts, legal documents and answered questions the portal holds.
     *
     * @param news      news posts, one every three days back from the audit date
     * @param documents legal documents, one every nine days back
     * @param answered  answered questions, one every thirteen days back (one more question is still open)
     */
    record Size(int news, int documents, int answered) {
        /** The bundled demo, whose verdicts expected.yaml states. */
        static final Size DEMO = new Size(NEWS_COUNT, DOCUMENT_COUNT, ANSWERED_COUNT);

        Size {
            if (news < 6 || documents < 5 || answered < 1) {
                throw new IllegalArgumentException("the home page needs 6 news posts, 5 documents and 1 question");
            }
        }

        /**
         * A portal of about {@code pages} HTML pages (post, document and question pages with their list
         * pages, beside the fixed sections): 55% news, 20% documents, 15% questions.
         */
        static Size ofPages(int pages) {
            return new Size(Math.max(6, pages * 55 / 100), Math.max(5, pages / 5), Math.max(1, pages * 15 / 100));
        }
    }

    static PortalContent generate(LocalDate asOf) {
        return generate(asOf, Size.DEMO);
    }

    static PortalContent generate(LocalDate asOf, Size size) {
        List<String> places = Template.lines("places.txt");
        return new PortalContent(asOf, news(asOf, places, size.news()), PlanningPosts.planning(asOf),
                PlanningPosts.budget(asOf), PlanningPosts.tenders(asOf), legalQa(asOf), businessInfo(asOf),
                documents(asOf, size.documents()), questions(asOf, places, size.answered()));
    }

    static String filler(int i) {
        return FILLERS.get(Math.floorMod(i, FILLERS.size()));
    }

    private static PostSection news(LocalDate asOf, List<String> places, int count) {
        List<String> titles = Template.lines("news.txt");
        List<Post> posts = new ArrayList<>();
        // ids count down from the newest post; a large portal starts higher so that ids stay positive
        int newest = Math.max(9000, count + 1000);
        for (int i = 0; i < count; i++) {
            LocalDateTime at = asOf.minusDays(1 + 3L * i).atTime(7 + i % 10, (i * 17) % 60);
            String place = places.get((i / titles.size() + i) % places.size());
            String title = titles.get(i % titles.size()).replace("{place}", place);
            List<Attachment> files = switch (i) {
                case 3, 28 -> List.of(new Attachment("Tài liệu đính kèm", "/uploads/tin-tuc/" + (newest - i) + ".pdf", false));
                case 53, 78 -> List.of(new Attachment("Tài liệu đính kèm", "/uploads/tin-tuc/" + (newest - i) + ".pdf", true));
                default -> List.of();
            };
            Post post = Post.of("/tin-tuc", newest - i, title, at,
                    List.of(title + ". " + filler(i), filler(i + 1)), files);
            // Some editors paste text from macOS tools, which arrives decomposed (NFD).
            posts.add(i % 20 == 7 ? post.decomposedText() : post);
        }
        return new PostSection("/tin-tuc", "Tin tức - Sự kiện", DemoDates.DMY, DemoDates.POSTED, posts);
    }

    private static PostSection legalQa(LocalDate asOf) {
        List<String> titles = Template.lines("legal-qa.txt");
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            LocalDateTime at = asOf.minusDays(9 + 30L * i).atTime(8, 30);
            posts.add(Post.of("/chuyen-muc/hoi-dap-phap-luat", 700 - i, titles.get(i), at,
                    List.of("Đáp: Phòng Tư pháp huyện trả lời như sau. " + filler(i)), List.of()));
        }
        return new PostSection("/chuyen-muc/hoi-dap-phap-luat", "Hỏi\u00a0–\u00a0đáp về pháp luật",
                DemoDates.DMY, DemoDates.UPDATED, posts);
    }

    private static PostSection businessInfo(LocalDate asOf) {
        List<String> titles = Template.lines("business-info.txt");
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            LocalDateTime at = asOf.minusDays(15 + 35L * i).atTime(14, 5);
            posts.add(Post.of("/chuyen-muc/doanh-nghiep-can-biet", 800 - i, titles.get(i), at,
                    List.of(titles.get(i) + ". " + filler(i + 2)), List.of()));
        }
        return new PostSection("/chuyen-muc/doanh-nghiep-can-biet", "Các thông tin doanh nghiệp cần biết",
                DemoDates.DMY_SHORT, DemoDates.LONG, posts);
    }

    private static List<LegalDoc> documents(LocalDate asOf, int count) {
        List<String> rows = Template.lines("documents.txt");
        List<LegalDoc> docs = new ArrayList<>();
        int newest = Math.max(300, count + 100);
        for (int i = 0; i < count; i++) {
            String[] row = rows.get(i % rows.size()).split("\\|");
            LocalDate issued = asOf.minusDays(12 + 9L * i);
            // Numbers grow through the year; documents are 9 days apart, so numbers never repeat within a year.
            int n = issued.getDayOfYear() * 7 / 10 + 3;
            boolean normative = row[0].startsWith("QĐ") && i % 4 == 0;
            String number = normative ? n + "/" + issued.getYear() + "/" + row[0] : n + "/" + row[0];
            String summary = row[2].replace("{year}", Integer.toString(issued.getYear()));
            docs.add(new LegalDoc(newest - i, number, row[1], issued, summary, SIGNERS.get(i % SIGNERS.size())));
        }
        return docs;
    }

    private static List<Question> questions(LocalDate asOf, List<String> places, int answered) {
        List<String> rows = Template.lines("questions.txt");
        List<Question> questions = new ArrayList<>();
        int newest = Math.max(531, answered + 101);
        questions.add(new Question(newest, "Thời gian tiếp công dân định kỳ của Chủ tịch UBND huyện trong tháng?",
                "Trương Công Định (thôn Đông An Hải)", asOf.minusDays(1), null, null));
        for (int j = 0; j < answered; j++) {
            String[] row = rows.get(j % rows.size()).split("\\|");
            LocalDate asked = asOf.minusDays(4 + 13L * j);
            String asker = ASKERS.get(j % ASKERS.size()) + " (" + places.get(j % places.size()) + ")";
            questions.add(new Question(newest - 1 - j, row[0], asker, asked,
                    asked.plusDays(ANSWER_DELAYS[j % ANSWER_DELAYS.length]), row[1]));
        }
        return questions;
    }
}
