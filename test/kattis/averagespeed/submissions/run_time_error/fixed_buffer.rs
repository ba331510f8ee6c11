use std::io::{self, Read};

// Stores the legs in a fixed array of 1000: panics on the huge group.
fn main() {
    let mut s = String::new();
    io::stdin().read_to_string(&mut s).unwrap();
    let mut it = s.split_ascii_whitespace().map(|x| x.parse::<i64>().unwrap());
    let n = it.next().unwrap() as usize;
    let mut legs = [(0i64, 0i64); 1000];
    for i in 0..n {
        legs[i] = (it.next().unwrap(), it.next().unwrap());
    }
    let d: i64 = legs.iter().map(|l| l.0).sum();
    let h: i64 = legs.iter().map(|l| l.1).sum();
    println!("{}", d as f64 / h as f64);
}
