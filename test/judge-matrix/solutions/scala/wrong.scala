import java.util.StringTokenizer

object Main {
  def main(args: Array[String]): Unit = {
    val input = new StringTokenizer(new String(System.in.readAllBytes(), "UTF-8"))
    println(input.countTokens())
  }
}
