use std::io::{self, BufWriter, Read, Write};

#[allow(unused_mut, unused_variables)] // until the solution reads `tokens`
fn main() {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input).unwrap();
    let mut tokens = input.split_ascii_whitespace();
    let mut out = BufWriter::new(io::stdout().lock());

    // Your solution here: read values with tokens.next().unwrap().parse::<i64>().unwrap(), compute the answer.
    let answer: i64 = 0;

    writeln!(out, "{}", answer).unwrap();
}
