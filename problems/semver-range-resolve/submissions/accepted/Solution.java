class Solution {
    /** A version; {@code pre} is empty for a release. */
    private static final class Ver implements Comparable<Ver> {
        final long[] core = new long[3];
        final String[] pre;

        Ver(String text) {
            int dash = text.indexOf('-');
            String c = dash < 0 ? text : text.substring(0, dash);
            String[] parts = c.split("\\.");
            for (int i = 0; i < 3; i++) core[i] = Long.parseLong(parts[i]);
            pre = dash < 0 ? new String[0] : text.substring(dash + 1).split("\\.");
        }

        Ver(long major, long minor, long patch) {
            core[0] = major;
            core[1] = minor;
            core[2] = patch;
            pre = new String[0];
        }

        boolean sameCore(Ver o) {
            return Arrays.equals(core, o.core);
        }

        private static boolean numeric(String s) {
            return s.chars().allMatch(Character::isDigit);
        }

        public int compareTo(Ver o) {
            for (int i = 0; i < 3; i++) if (core[i] != o.core[i]) return Long.compare(core[i], o.core[i]);
            if (pre.length == 0 && o.pre.length == 0) return 0;
            if (pre.length == 0 || o.pre.length == 0) return pre.length == 0 ? 1 : -1; // a release sorts after its prereleases
            for (int i = 0; i < Math.min(pre.length, o.pre.length); i++) {
                String a = pre[i], b = o.pre[i];
                boolean na = numeric(a), nb = numeric(b);
                int c;
                if (na && nb) c = Long.compare(Long.parseLong(a), Long.parseLong(b));
                else if (na != nb) c = na ? -1 : 1; // numeric identifiers sort first
                else c = a.compareTo(b);
                if (c != 0) return c;
            }
            return Integer.compare(pre.length, o.pre.length);
        }
    }

    private record Cmp(String op, Ver v) {
        boolean test(Ver x) {
            int c = x.compareTo(v);
            switch (op) {
                case ">=": return c >= 0;
                case "<=": return c <= 0;
                case ">": return c > 0;
                case "<": return c < 0;
                default: return c == 0;
            }
        }
    }

    private static List<Cmp> parseSet(String text) {
        List<Cmp> out = new ArrayList<>();
        for (String token : text.trim().split("\\s+")) {
            if (token.isEmpty() || token.equals("*")) continue;
            char first = token.charAt(0);
            if (first == '^' || first == '~') {
                Ver v = new Ver(token.substring(1));
                Ver upper;
                if (first == '~') upper = new Ver(v.core[0], v.core[1] + 1, 0);
                else if (v.core[0] > 0) upper = new Ver(v.core[0] + 1, 0, 0);
                else if (v.core[1] > 0) upper = new Ver(0, v.core[1] + 1, 0);
                else upper = new Ver(0, 0, v.core[2] + 1);
                out.add(new Cmp(">=", v));
                out.add(new Cmp("<", upper));
                continue;
            }
            String op = "=";
            for (String o : new String[] {">=", "<=", ">", "<", "="}) {
                if (token.startsWith(o)) {
                    op = o;
                    break;
                }
            }
            out.add(new Cmp(op, new Ver(token.substring(token.startsWith(op) ? op.length() : 0))));
        }
        return out;
    }

    private static boolean satisfies(Ver v, List<Cmp> set) {
        for (Cmp c : set) if (!c.test(v)) return false;
        if (v.pre.length == 0) return true;
        // a prerelease only matches a set that names a prerelease of the same major.minor.patch
        for (Cmp c : set) if (c.v().pre.length > 0 && c.v().sameCore(v)) return true;
        return false;
    }

    public String[] resolveRanges(String[] versions, String[] ranges) {
        Integer[] order = new Integer[versions.length];
        Ver[] parsed = new Ver[versions.length];
        for (int i = 0; i < versions.length; i++) {
            order[i] = i;
            parsed[i] = new Ver(versions[i]);
        }
        Arrays.sort(order, (a, b) -> parsed[b].compareTo(parsed[a])); // highest first
        String[] out = new String[ranges.length];
        for (int r = 0; r < ranges.length; r++) {
            List<List<Cmp>> sets = new ArrayList<>();
            for (String s : ranges[r].split("\\|\\|")) sets.add(parseSet(s));
            out[r] = "";
            search:
            for (int i : order) {
                for (List<Cmp> set : sets) {
                    if (satisfies(parsed[i], set)) {
                        out[r] = versions[i];
                        break search;
                    }
                }
            }
        }
        return out;
    }
}
