// Bug: on a cycle it returns the migrations it could order instead of an empty list.
public class Solution {
    public string[] MigrationOrder(string[] names, string[][] deps) {
        var waiting = names.ToDictionary(n => n, n => 0);
        var unblocks = names.ToDictionary(n => n, n => new List<string>());
        foreach (var d in deps) {
            unblocks[d[1]].Add(d[0]);
            waiting[d[0]]++;
        }
        var ready = new SortedSet<string>(names.Where(n => waiting[n] == 0), StringComparer.Ordinal);
        var order = new List<string>();
        while (ready.Count > 0) {
            string n = ready.Min;
            ready.Remove(n);
            order.Add(n);
            foreach (var m in unblocks[n]) {
                if (--waiting[m] == 0) ready.Add(m);
            }
        }
        return order.ToArray();
    }
}
