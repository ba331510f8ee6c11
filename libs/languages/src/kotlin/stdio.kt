import java.io.BufferedWriter
import java.io.OutputStreamWriter
import java.util.StringTokenizer

fun main() {
    val input = StringTokenizer(String(System.`in`.readBytes(), Charsets.UTF_8))
    val out = BufferedWriter(OutputStreamWriter(System.out, Charsets.UTF_8))

    // Your solution here: read values with input.nextToken().toInt(), compute the answer.
    val answer = 0L

    out.write("$answer\n")
    out.flush()
}
