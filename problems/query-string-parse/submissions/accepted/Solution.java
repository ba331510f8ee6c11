class Solution {
    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static String decode(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '+') {
                out.write(' ');
                i++;
            } else if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                out.write(c);
                i++;
            }
        }
        return new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public String[] parseQuery(String query) {
        List<String[]> params = new ArrayList<>();
        for (String piece : query.split("&", -1)) {
            if (piece.isEmpty()) continue;
            int eq = piece.indexOf('=');
            String key = eq < 0 ? piece : piece.substring(0, eq);
            String value = eq < 0 ? "" : piece.substring(eq + 1);
            params.add(new String[] {decode(key), decode(value)});
        }
        params.sort((a, b) -> a[0].compareTo(b[0])); // List.sort is stable
        String[] out = new String[params.size()];
        for (int i = 0; i < out.length; i++) out[i] = params.get(i)[0] + "=" + params.get(i)[1];
        return out;
    }
}
