public class Solution {
    public string[][] JoinTables(string[][] users, string[][] orders) {
        var nameOf = new Dictionary<string, string>();
        foreach (var u in users) nameOf[u[0]] = u[1];
        var rows = new List<string[]>();
        foreach (var o in orders) {
            string name;
            if (nameOf.TryGetValue(o[1], out name)) rows.Add(new[] { o[1], name, o[0], o[2] });
        }
        // Ids are numeric strings and sort as numbers.
        return rows.OrderBy(r => long.Parse(r[0])).ThenBy(r => long.Parse(r[2])).ToArray();
    }
}
