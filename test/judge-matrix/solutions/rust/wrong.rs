use std::io::{self, Read};

fn main() {
    let mut s = String::new();
    io::stdin().read_to_string(&mut s).unwrap();
    let n: i64 = s.split_ascii_whitespace().next().unwrap().parse().unwrap();
    println!("{}", n * 2 + 1);
}
