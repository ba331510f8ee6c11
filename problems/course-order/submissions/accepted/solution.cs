public class Solution {
    public bool CanFinish(int numCourses, int[][] prerequisites) {
        var unlocks = new List<int>[numCourses];
        for (int i = 0; i < numCourses; i++) unlocks[i] = new List<int>();
        var waiting = new int[numCourses];
        foreach (var p in prerequisites) {
            unlocks[p[1]].Add(p[0]);
            waiting[p[0]]++;
        }
        var ready = new Queue<int>();
        for (int c = 0; c < numCourses; c++) if (waiting[c] == 0) ready.Enqueue(c);
        int taken = 0;
        while (ready.Count > 0) {
            int c = ready.Dequeue();
            taken++;
            foreach (int next in unlocks[c]) if (--waiting[next] == 0) ready.Enqueue(next);
        }
        return taken == numCourses;
    }
}
