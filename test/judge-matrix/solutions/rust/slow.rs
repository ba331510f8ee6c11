use std::hint::black_box;

fn main() {
    let mut x: u64 = 0;
    loop {
        x = black_box(x.wrapping_add(1));
    }
}
