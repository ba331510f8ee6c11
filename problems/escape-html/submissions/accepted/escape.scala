object Solution {
  def escapeHtml(text: String): String = {
    val out = new StringBuilder(text.length + 16)
    for (c <- text) c match {
      case '&' => out ++= "&amp;"
      case '<' => out ++= "&lt;"
      case '>' => out ++= "&gt;"
      case '"' => out ++= "&quot;"
      case '\'' => out ++= "&#39;"
      case _ => out += c
    }
    out.toString
  }
}
