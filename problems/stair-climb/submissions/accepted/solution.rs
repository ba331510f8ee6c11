impl Solution {
    pub fn climb_stairs(n: i32) -> i64 {
        let (mut prev, mut cur) = (1i64, 1i64);
        for _ in 1..n {
            let next = prev + cur;
            prev = cur;
            cur = next;
        }
        cur
    }
}
