class Solution {
    /** The fields of one line, or null when the line is malformed. */
    private static List<String> splitLine(String line) {
        List<String> fields = new ArrayList<>();
        int i = 0, n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') { // quoted field
                i++;
                StringBuilder buf = new StringBuilder();
                while (true) {
                    if (i >= n) return null; // unterminated quote
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            buf.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    buf.append(c);
                    i++;
                }
                fields.add(buf.toString());
                if (i < n && line.charAt(i) != ',') return null; // text after the closing quote
            } else { // unquoted field: up to the next comma
                int j = line.indexOf(',', i);
                if (j < 0) j = n;
                fields.add(line.substring(i, j));
                i = j;
            }
            if (i >= n) return fields;
            i++; // skip the comma; a field follows (possibly empty)
        }
    }

    public String[][] splitCsvLines(String[] lines) {
        String[][] out = new String[lines.length][];
        for (int k = 0; k < lines.length; k++) {
            List<String> fields = splitLine(lines[k]);
            out[k] = fields == null ? new String[0] : fields.toArray(new String[0]);
        }
        return out;
    }
}
