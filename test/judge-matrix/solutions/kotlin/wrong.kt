import java.util.StringTokenizer

fun main() {
    val input = StringTokenizer(String(System.`in`.readBytes(), Charsets.UTF_8))
    println(input.countTokens())
}
