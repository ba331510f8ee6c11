class Solution {
    private static boolean isNum(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }

    public int compareVersions(String a, String b) {
        String x = a.split("\\+", 2)[0], y = b.split("\\+", 2)[0];
        int dx = x.indexOf('-'), dy = y.indexOf('-');
        String[] cx = (dx < 0 ? x : x.substring(0, dx)).split("\\.");
        String[] cy = (dy < 0 ? y : y.substring(0, dy)).split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = Long.compare(Long.parseLong(cx[i]), Long.parseLong(cy[i]));
            if (c != 0) return c;
        }
        if (dx < 0 || dy < 0) return dx < 0 && dy < 0 ? 0 : (dx < 0 ? 1 : -1);
        String[] px = x.substring(dx + 1).split("\\."), py = y.substring(dy + 1).split("\\.");
        for (int i = 0; i < Math.min(px.length, py.length); i++) {
            boolean nx = isNum(px[i]), ny = isNum(py[i]);
            int c;
            if (nx && ny) c = Long.compare(Long.parseLong(px[i]), Long.parseLong(py[i]));
            else if (nx != ny) c = nx ? -1 : 1;
            else c = Integer.signum(px[i].compareTo(py[i]));
            if (c != 0) return c;
        }
        return Integer.compare(px.length, py.length);
    }
}
