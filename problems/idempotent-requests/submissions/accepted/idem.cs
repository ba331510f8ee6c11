public class Solution {
    public bool[] ProcessRequests(string[] ids, long[] timestamps, long ttlMs) {
        var processedAt = new Dictionary<string, long>();
        var out_ = new bool[ids.Length];
        for (int i = 0; i < ids.Length; i++) {
            long last;
            if (processedAt.TryGetValue(ids[i], out last) && timestamps[i] - last < ttlMs) continue;
            processedAt[ids[i]] = timestamps[i];
            out_[i] = true;
        }
        return out_;
    }
}
