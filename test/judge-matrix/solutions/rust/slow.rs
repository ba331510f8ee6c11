fn main() {
    // Spins forever; the print keeps the loop observable so it is not optimised away.
    let mut x: u64 = 1;
    loop {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        if x == 0 {
            println!("{}", x);
        }
    }
}
