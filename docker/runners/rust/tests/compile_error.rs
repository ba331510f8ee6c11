fn main() {
    let x: i32 = "nope";
    println!("{}", x)
}
