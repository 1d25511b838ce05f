package vn.minhbach.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every folded label of the extractors ({@link Fields#labels}) in one Aho-Corasick automaton, so that which
 * labels a page's folded text contains is found in one pass over it, instead of one scan of the text per
 * label. Labels register as the extractors that name them load; the automaton is rebuilt for the next scan
 * after one is added, which happens while the first pages are read and not afterwards.
 */
final class LabelAutomaton {
    /** Folded keys are ASCII but for rare letters; a label with a char beyond this is looked up the plain way. */
    private static final int ALPHABET = 128;
    /** A state's row in {@link #next} is its number shifted by this much. */
    private static final int ROW_SHIFT = Integer.numberOfTrailingZeros(ALPHABET);

    private static final Set<String> REGISTERED = new LinkedHashSet<>();
    private static volatile LabelAutomaton current = new LabelAutomaton(List.of());
    /** Whether a label was registered since {@link #current} was built. */
    private static volatile boolean stale;

    private final Map<String, Integer> ids = new HashMap<>();
    /**
     * The transitions in one array: from the state whose row starts at {@code r} (its number times
     * {@link #ALPHABET}) on char {@code c}, {@code next[r + c]} is the row of the next state.
     */
    private final int[] next;
    /** For each state, the ids of the labels that end there, its own and those of its suffixes; null if none. */
    private final int[][] ends;

    private LabelAutomaton(List<String> labels) {
        List<int[]> delta = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        delta.add(new int[ALPHABET]);
        out.add(new ArrayList<>());
        for (String label : labels) {
            int state = 0;
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (delta.get(state)[c] == 0) {
                    delta.add(new int[ALPHABET]);
                    out.add(new ArrayList<>());
                    delta.get(state)[c] = delta.size() - 1;
                }
                state = delta.get(state)[c];
            }
            int id = ids.size();
            ids.put(label, id);
            out.get(state).add(id);
        }
        int[] fail = new int[delta.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            if (delta.get(0)[c] != 0) {
                queue.add(delta.get(0)[c]);
            }
        }
        // breadth first, so a state's failure state is complete before the states below it need it
        while (!queue.isEmpty()) {
            int state = queue.poll();
            out.get(state).addAll(out.get(fail[state]));
            for (int c = 0; c < ALPHABET; c++) {
                int child = delta.get(state)[c];
                if (child != 0) {
                    fail[child] = delta.get(fail[state])[c];
                    queue.add(child);
                } else {
                    delta.get(state)[c] = delta.get(fail[state])[c];
                }
            }
        }
        this.next = new int[delta.size() * ALPHABET];
        for (int state = 0; state < delta.size(); state++) {
            int[] row = delta.get(state);
            for (int c = 0; c < ALPHABET; c++) {
                next[(state << ROW_SHIFT) + c] = row[c] << ROW_SHIFT;
            }
        }
        this.ends = new int[out.size()][];
        for (int s = 0; s < out.size(); s++) {
            List<Integer> here = out.get(s);
            ends[s] = here.isEmpty() ? null : here.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /**
     * Adds folded labels to those every page is searched for. The automaton is built again when a page is next
     * scanned, once for all the labels the extractors' classes register as they load.
     */
    static void register(List<String> foldedLabels) {
        synchronized (REGISTERED) {
            for (String label : foldedLabels) {
                if (!label.isEmpty() && label.chars().allMatch(c -> c < ALPHABET)) {
                    stale |= REGISTERED.add(label);
                }
            }
        }
    }

    /** The automaton of every label registered so far. */
    private static LabelAutomaton current() {
        if (stale) {
            synchronized (REGISTERED) {
                if (stale) {
                    current = new LabelAutomaton(List.copyOf(REGISTERED));
                    stale = false;
                }
            }
        }
        return current;
    }

    /** The labels a folded text contains, by a pass of the automaton as it is now. */
    static Found scan(String key) {
        LabelAutomaton automaton = current();
        BitSet found = new BitSet(automaton.ids.size());
        int[] next = automaton.next;
        int[][] ends = automaton.ends;
        int row = 0;
        // over a copy: String.charAt is a call a char, and this is a page's whole text
        for (char c : key.toCharArray()) {
            row = c < ALPHABET ? next[row + c] : 0;
            int[] here = ends[row >> ROW_SHIFT];
            if (here != null) {
                for (int id : here) {
                    found.set(id);
                }
            }
        }
        return new Found(automaton, found, key);
    }

    /** The result of one {@link #scan}: answers as {@code key.contains(label)} would. */
    record Found(LabelAutomaton automaton, BitSet ids, String key) {
        boolean contains(String label) {
            Integer id = automaton.ids.get(label);
            return id != null ? ids.get(id) : key.contains(label);
        }
    }
}
