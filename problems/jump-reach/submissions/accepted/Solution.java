class Solution {
    public boolean canReachEnd(int[] hops) {
        int far = 0, last = hops.length - 1;
        for (int i = 0; i <= far && i < hops.length; i++) {
            far = Math.max(far, i + hops[i]);
            if (far >= last) return true;
        }
        return false;
    }
}
