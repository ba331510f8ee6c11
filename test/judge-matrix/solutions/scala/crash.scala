object Main {
  def main(args: Array[String]): Unit = {
    val data = new String(System.in.readAllBytes())
    throw new IllegalArgumentException(s"boom ${data.length}")
  }
}
