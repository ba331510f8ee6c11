object Main {
  def main(args: Array[String]): Unit = {
    val x: Int = "one"
    println(x
  }
}
