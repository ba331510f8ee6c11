import java.io.{BufferedWriter, OutputStreamWriter}
import java.nio.charset.StandardCharsets.UTF_8
import java.util.StringTokenizer

object Main {
  def main(args: Array[String]): Unit = {
    val input = new StringTokenizer(new String(System.in.readAllBytes(), UTF_8))
    val out = new BufferedWriter(new OutputStreamWriter(System.out, UTF_8))

    // Your solution here: read values with input.nextToken().toInt, compute the answer.
    val answer = 0L

    out.write(s"$answer\n")
    out.flush()
  }
}
