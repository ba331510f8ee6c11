class Solution {
    private static final String TOKEN = "[^ \\[\\]\"]+";
    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile(
        "(" + TOKEN + ") " + TOKEN + " (" + TOKEN + ") "
            + "\\[((\\d\\d)/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/\\d{4}:(\\d\\d):(\\d\\d):(\\d\\d) [+-]\\d{4})\\] "
            + "\"([A-Z]+) (/[^ \"]*) HTTP/\\d\\.\\d\" ([1-5]\\d\\d) (\\d+|-)");

    public String[][] parseAccessLog(String[] lines) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            java.util.regex.Matcher m = LINE.matcher(line);
            if (!m.matches()) continue;
            int day = Integer.parseInt(m.group(4));
            int hh = Integer.parseInt(m.group(6)), mm = Integer.parseInt(m.group(7)), ss = Integer.parseInt(m.group(8));
            if (day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 59) continue;
            String size = m.group(12).equals("-") ? "0" : m.group(12);
            out.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(9), m.group(10), m.group(11), size});
        }
        return out.toArray(new String[0][]);
    }
}
