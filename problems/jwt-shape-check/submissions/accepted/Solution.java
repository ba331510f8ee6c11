class Solution {
    private static boolean isWs(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static boolean isObject(byte[] bytes) {
        int lo = 0, hi = bytes.length - 1;
        while (lo <= hi && isWs(bytes[lo])) lo++;
        while (hi >= lo && isWs(bytes[hi])) hi--;
        return lo <= hi && bytes[lo] == '{' && bytes[hi] == '}';
    }

    public boolean isWellFormedJwt(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) return false;
        for (String p : parts) {
            if (p.isEmpty() || p.length() % 4 == 1 || !p.matches("[A-Za-z0-9_-]+")) return false;
        }
        byte[] header = Base64.getUrlDecoder().decode(parts[0]);
        byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
        if (!isObject(header) || !isObject(payload)) return false;
        String h = new String(header, java.nio.charset.StandardCharsets.ISO_8859_1); // 1 char per byte
        int at = h.indexOf("\"alg\"");
        if (at < 0) return false;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[ \\t\\n\\r]*:[ \\t\\n\\r]*\"([^\"]*)\"").matcher(h);
        m.region(at + 5, h.length());
        if (!m.lookingAt()) return false;
        return !m.group(1).equalsIgnoreCase("none");
    }
}
