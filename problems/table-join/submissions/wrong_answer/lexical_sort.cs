// Bug: sorts the ids as strings, so "10" comes before "9".
public class Solution {
    public string[][] JoinTables(string[][] users, string[][] orders) {
        var nameOf = new Dictionary<string, string>();
        foreach (var u in users) nameOf[u[0]] = u[1];
        var rows = new List<string[]>();
        foreach (var o in orders) {
            string name;
            if (nameOf.TryGetValue(o[1], out name)) rows.Add(new[] { o[1], name, o[0], o[2] });
        }
        return rows.OrderBy(r => r[0], StringComparer.Ordinal).ThenBy(r => r[2], StringComparer.Ordinal).ToArray();
    }
}
