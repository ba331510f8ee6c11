// Bug: counts in i32, which wraps (release builds do not check) once n passes 45.
impl Solution {
    pub fn climb_stairs(n: i32) -> i64 {
        let (mut prev, mut cur) = (1i32, 1i32);
        for _ in 1..n {
            let next = prev.wrapping_add(cur);
            prev = cur;
            cur = next;
        }
        cur as i64
    }
}
