public class Solution {
    public IList<IList<int>> Subsets(int[] nums) {
        IList<IList<int>> out_ = new List<IList<int>> { new List<int>() };
        foreach (int x in nums) {
            int n = out_.Count;
            for (int i = 0; i < n; i++) out_.Add(new List<int>(out_[i]) { x });
        }
        return out_;
    }
}
