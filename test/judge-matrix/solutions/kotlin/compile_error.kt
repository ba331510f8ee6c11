fun main() {
    val x: Int = "one"
    println(x
}
