class Solution {
    public long parseDuration(String text) {
        if (text.isEmpty()) return -1;
        String order = "dhms";
        long[] sizes = {86400, 3600, 60, 1};
        long total = 0;
        int lastUnit = -1, i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') j++;
            if (j == i || j - i > 9 || j == text.length()) return -1;
            int unit = order.indexOf(text.charAt(j));
            if (unit < 0 || unit <= lastUnit) return -1;
            total += Long.parseLong(text.substring(i, j)) * sizes[unit];
            lastUnit = unit;
            i = j + 1;
        }
        return total;
    }
}
