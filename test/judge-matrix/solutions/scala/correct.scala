import java.util.StringTokenizer

object Main {
  def main(args: Array[String]): Unit = {
    val input = new StringTokenizer(new String(System.in.readAllBytes(), "UTF-8"))
    val n = input.nextToken().toInt
    var sum = 0L
    for (_ <- 0 until n) sum += input.nextToken().toLong
    println(sum)
  }
}
