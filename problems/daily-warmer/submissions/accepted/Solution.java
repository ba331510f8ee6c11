class Solution {
    public int[] daysUntilWarmer(int[] temps) {
        int n = temps.length;
        int[] wait = new int[n];
        int[] stack = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && temps[stack[top - 1]] < temps[i]) {
                int j = stack[--top];
                wait[j] = i - j;
            }
            stack[top++] = i;
        }
        return wait;
    }
}
