// Bug: averages the two middle values with integer division, dropping the .5.
public class MedianFinder {
    // Two multisets as heaps (Mono has no PriorityQueue): values with a unique sequence number.
    private readonly SortedSet<Tuple<int, int>> low = new SortedSet<Tuple<int, int>>();
    private readonly SortedSet<Tuple<int, int>> high = new SortedSet<Tuple<int, int>>();
    private int seq;

    public MedianFinder() {
    }

    public void AddNum(int num) {
        low.Add(Tuple.Create(num, seq++));
        var top = low.Max;
        low.Remove(top);
        high.Add(top);
        if (high.Count > low.Count) {
            var min = high.Min;
            high.Remove(min);
            low.Add(min);
        }
    }

    public double FindMedian() {
        if (low.Count > high.Count) return low.Max.Item1;
        return ((long)low.Max.Item1 + high.Min.Item1) / 2;
    }
}
