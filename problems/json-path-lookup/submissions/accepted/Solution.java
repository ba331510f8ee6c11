class Solution {
    private String s;

    private boolean isWs(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private int skipWs(int i) {
        while (i < s.length() && isWs(s.charAt(i))) i++;
        return i;
    }

    private int skipString(int i) {
        i++;
        while (s.charAt(i) != '"') i += s.charAt(i) == '\\' ? 2 : 1;
        return i + 1;
    }

    private int skipValue(int i) {
        char c = s.charAt(i);
        if (c == '"') return skipString(i);
        if (c == '{' || c == '[') {
            int depth = 0;
            while (true) {
                c = s.charAt(i);
                if (c == '"') {
                    i = skipString(i);
                    continue;
                }
                if (c == '{' || c == '[') depth++;
                else if (c == '}' || c == ']') {
                    if (--depth == 0) return i + 1;
                }
                i++;
            }
        }
        while (i < s.length() && ",]}".indexOf(s.charAt(i)) < 0 && !isWs(s.charAt(i))) i++;
        return i;
    }

    public String jsonPathLookup(String document, String path) {
        s = document;
        int pos = skipWs(0);
        int p = 1;
        while (p < path.length()) {
            if (path.charAt(p) == '.') {
                int q = p + 1;
                while (q < path.length() && path.charAt(q) != '.' && path.charAt(q) != '[') q++;
                String key = path.substring(p + 1, q);
                p = q;
                if (s.charAt(pos) != '{') return "null";
                int i = skipWs(pos + 1);
                if (s.charAt(i) == '}') return "null";
                while (true) {
                    i = skipWs(i);
                    int end = skipString(i);
                    int value = skipWs(skipWs(end) + 1);
                    if (s.regionMatches(i + 1, key, 0, key.length()) && end - i - 2 == key.length()) {
                        pos = value;
                        break;
                    }
                    i = skipWs(skipValue(value));
                    if (s.charAt(i) == '}') return "null";
                    i++;
                }
            } else {
                int q = path.indexOf(']', p);
                long target = Long.parseLong(path.substring(p + 1, q));
                p = q + 1;
                if (s.charAt(pos) != '[') return "null";
                int i = skipWs(pos + 1);
                if (s.charAt(i) == ']') return "null";
                for (long k = 0; ; k++) {
                    int value = skipWs(i);
                    if (k == target) {
                        pos = value;
                        break;
                    }
                    i = skipWs(skipValue(value));
                    if (s.charAt(i) == ']') return "null";
                    i++;
                }
            }
        }
        int end = skipValue(pos);
        StringBuilder out = new StringBuilder();
        for (int i = pos; i < end; ) {
            if (s.charAt(i) == '"') {
                int j = skipString(i);
                out.append(s, i, j);
                i = j;
            } else {
                if (!isWs(s.charAt(i))) out.append(s.charAt(i));
                i++;
            }
        }
        return out.toString();
    }
}
