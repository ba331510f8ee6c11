import java.util.StringTokenizer

fun main() {
    val input = StringTokenizer(String(System.`in`.readBytes(), Charsets.UTF_8))
    val n = input.nextToken().toInt()
    var sum = 0L
    repeat(n) { sum += input.nextToken().toLong() }
    println(sum)
}
