// Bug: sorts ids as text, so "10" comes before "9".
class Solution {
    public String[][] joinTables(String[][] users, String[][] orders) {
        Map<String, String> nameOf = new HashMap<>();
        for (String[] u : users) nameOf.put(u[0], u[1]);
        List<String[]> rows = new ArrayList<>();
        for (String[] o : orders) {
            String name = nameOf.get(o[1]);
            if (name != null) rows.add(new String[] {o[1], name, o[0], o[2]});
        }
        rows.sort(Comparator.<String[], String>comparing(r -> r[0]).thenComparing(r -> r[2]));
        return rows.toArray(new String[0][]);
    }
}
