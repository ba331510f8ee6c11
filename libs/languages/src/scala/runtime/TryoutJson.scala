// The fixed part of Tryout's Scala harness for function problems: JSON in and out, the result
// channel (fd 3) and the exit protocol (see the harness protocol README). Scala 2.11, no libraries
// beyond scala-library.
import java.io.FileOutputStream
import java.nio.charset.StandardCharsets.UTF_8

object TryoutJson {
  /** Exit code of a harness that cannot read its input or write fd 3 (HARNESS_ABORT_EXIT_CODE). */
  final val HarnessAbort = 97

  /** Parses one JSON value: integers as Long (exact), other numbers as Double, arrays as Vector. */
  def parse(text: String): Any = {
    val p = new Parser(text)
    p.ws()
    val v = p.value()
    p.ws()
    if (p.i != text.length) throw p.error("unexpected trailing characters")
    v
  }

  private final class Parser(s: String) {
    var i = 0

    def error(what: String): IllegalArgumentException =
      new IllegalArgumentException(what + " at offset " + i + " in " + (if (s.length > 80) s.substring(0, 80) + "..." else s))

    def ws(): Unit =
      while (i < s.length && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r' || s.charAt(i) == '\n')) i += 1

    private def literal(word: String, v: Any): Any = {
      if (!s.startsWith(word, i)) throw error("invalid literal")
      i += word.length
      v
    }

    def value(): Any = {
      if (i >= s.length) throw error("unexpected end")
      s.charAt(i) match {
        case '[' => array()
        case '"' => string()
        case 't' => literal("true", true)
        case 'f' => literal("false", false)
        case 'n' => literal("null", null)
        case _ => number()
      }
    }

    private def array(): Vector[Any] = {
      i += 1
      val a = Vector.newBuilder[Any]
      ws()
      if (i < s.length && s.charAt(i) == ']') { i += 1; return a.result() }
      while (true) {
        ws()
        a += value()
        ws()
        if (i >= s.length) throw error("unterminated array")
        val d = s.charAt(i)
        i += 1
        if (d == ']') return a.result()
        if (d != ',') throw error("expected , or ]")
      }
      a.result()
    }

    private def number(): Any = {
      val start = i
      var integral = true
      if (i < s.length && s.charAt(i) == '-') i += 1
      var more = true
      while (more && i < s.length) {
        val c = s.charAt(i)
        if (c >= '0' && c <= '9') i += 1
        else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') { integral = false; i += 1 }
        else more = false
      }
      val t = s.substring(start, i)
      if (t.isEmpty || t == "-") throw error("unexpected character")
      try {
        if (integral) java.lang.Long.parseLong(t) else java.lang.Double.parseDouble(t)
      } catch {
        case _: NumberFormatException =>
          try java.lang.Double.parseDouble(t)
          catch { case _: NumberFormatException => throw error("invalid number " + t) }
      }
    }

    private def string(): String = {
      i += 1
      val b = new java.lang.StringBuilder
      while (true) {
        if (i >= s.length) throw error("unterminated string")
        val c = s.charAt(i)
        i += 1
        if (c == '"') return b.toString
        if (c != '\\') b.append(c)
        else {
          if (i >= s.length) throw error("unterminated escape")
          val e = s.charAt(i)
          i += 1
          e match {
            case '"' => b.append('"')
            case '\\' => b.append('\\')
            case '/' => b.append('/')
            case 'b' => b.append('\b')
            case 'f' => b.append('\f')
            case 'n' => b.append('\n')
            case 'r' => b.append('\r')
            case 't' => b.append('\t')
            case 'u' =>
              if (i + 4 > s.length) throw error("bad \\u escape")
              val code =
                try Integer.parseInt(s.substring(i, i + 4), 16)
                catch { case _: NumberFormatException => throw error("bad \\u escape") }
              b.append(code.toChar)
              i += 4
            case _ => throw error("bad escape")
          }
        }
      }
      b.toString
    }
  }

  // ---- conversions to the declared types (input files are checked on the host: a mismatch here
  // is the harness's problem, reported through harnessFail)

  def list(v: Any): Vector[Any] = v match {
    case l: Vector[_] => l
    case _ => throw new IllegalArgumentException("expected an array, got " + v)
  }

  def toInt(v: Any): Int = {
    val x = toLong(v)
    if (x < Int.MinValue || x > Int.MaxValue) throw new IllegalArgumentException("int out of range: " + x)
    x.toInt
  }

  def toLong(v: Any): Long = v match {
    case x: Long => x
    case _ => throw new IllegalArgumentException("expected an integer, got " + v)
  }

  def toDouble(v: Any): Double = v match {
    case x: Long => x.toDouble
    case x: Double => x
    case _ => throw new IllegalArgumentException("expected a number, got " + v)
  }

  def toBool(v: Any): Boolean = v match {
    case x: Boolean => x
    case _ => throw new IllegalArgumentException("expected a boolean, got " + v)
  }

  def toStr(v: Any): String = v match {
    case x: String => x
    case _ => throw new IllegalArgumentException("expected a string, got " + v)
  }

  def toIntArray(v: Any): Array[Int] = list(v).map(toInt).toArray
  def toLongArray(v: Any): Array[Long] = list(v).map(toLong).toArray
  def toDoubleArray(v: Any): Array[Double] = list(v).map(toDouble).toArray
  def toBoolArray(v: Any): Array[Boolean] = list(v).map(toBool).toArray
  def toStrArray(v: Any): Array[String] = list(v).map(toStr).toArray
  def toIntArray2(v: Any): Array[Array[Int]] = list(v).map(toIntArray).toArray
  def toLongArray2(v: Any): Array[Array[Long]] = list(v).map(toLongArray).toArray
  def toDoubleArray2(v: Any): Array[Array[Double]] = list(v).map(toDoubleArray).toArray
  def toBoolArray2(v: Any): Array[Array[Boolean]] = list(v).map(toBoolArray).toArray
  def toStrArray2(v: Any): Array[Array[String]] = list(v).map(toStrArray).toArray

  // ---- writer: any value a candidate may return (arrays, Lists and Seqs of them, Java
  // collections, boxed scalars), so List[List[Int]] works where Array[Array[Int]] is declared

  def toJson(v: Any): String = {
    val b = new java.lang.StringBuilder
    write(b, v)
    b.toString
  }

  def write(b: java.lang.StringBuilder, v: Any): Unit = v match {
    case null => b.append("null")
    case d: Double => b.append(finite(d))
    case f: Float => b.append(finite(f.toDouble))
    case x: Int => b.append(x)
    case x: Long => b.append(x)
    case x: Short => b.append(x.toInt)
    case x: Byte => b.append(x.toInt)
    case x: Boolean => b.append(x)
    case x: BigInt => b.append(x.toString)
    case x: java.lang.Number => b.append(x.toString)
    case x: Char => string(b, x.toString)
    case x: CharSequence => string(b, x.toString)
    case a: Array[_] => items(b, a.iterator)
    case t: TraversableOnce[_] => items(b, t.toIterator)
    case t: java.lang.Iterable[_] =>
      val it = t.iterator
      items(b, new Iterator[Any] { def hasNext = it.hasNext; def next() = it.next() })
    case _ => throw new IllegalStateException("cannot serialise a " + v.getClass.getName + " as JSON")
  }

  private def finite(d: Double): String = {
    if (d.isNaN || d.isInfinite) throw new IllegalStateException("the function returned " + d + ", which is not a JSON number")
    java.lang.Double.toString(d)
  }

  private def items(b: java.lang.StringBuilder, xs: Iterator[Any]): Unit = {
    b.append('[')
    var first = true
    for (x <- xs) {
      if (!first) b.append(',')
      first = false
      write(b, x)
    }
    b.append(']')
  }

  def string(b: java.lang.StringBuilder, s: String): Unit = {
    b.append('"')
    var k = 0
    while (k < s.length) {
      val c = s.charAt(k)
      c match {
        case '"' => b.append("\\\"")
        case '\\' => b.append("\\\\")
        case '\n' => b.append("\\n")
        case '\r' => b.append("\\r")
        case '\t' => b.append("\\t")
        case _ =>
          // Control characters and lone surrogates are escaped; paired surrogates pass.
          val paired = (Character.isHighSurrogate(c) && k + 1 < s.length && Character.isLowSurrogate(s.charAt(k + 1))) ||
            (Character.isLowSurrogate(c) && k > 0 && Character.isHighSurrogate(s.charAt(k - 1)))
          if (c < ' ' || (Character.isSurrogate(c) && !paired)) b.append(String.format("\\u%04x", Integer.valueOf(c.toInt)))
          else b.append(c)
      }
      k += 1
    }
    b.append('"')
  }

  // ---- process plumbing

  /** The test's non-blank lines, trimmed. */
  def readLines(): Vector[String] = {
    val in = System.in
    val buf = new java.io.ByteArrayOutputStream
    val chunk = new Array[Byte](65536)
    var n = in.read(chunk)
    while (n >= 0) { buf.write(chunk, 0, n); n = in.read(chunk) }
    new String(buf.toByteArray, UTF_8).split("\n").iterator.map(_.trim).filter(_.nonEmpty).toVector
  }

  def need(items: Seq[_], n: Int, what: String): Unit =
    if (items.length < n) throw new IllegalArgumentException("expected " + n + " " + what + ", got " + items.length)

  def harnessFail(what: String, e: Throwable): Nothing = {
    System.out.flush()
    System.err.println("tryout harness: " + what + ": " + e)
    System.err.flush()
    Runtime.getRuntime.halt(HarnessAbort)
    throw new IllegalStateException("unreachable")
  }

  /** The candidate's exception: its trace, without the harness's frames below its call; exit 1. */
  def candidateFailed(t: Throwable): Nothing = {
    System.out.flush()
    Console.out.flush()
    val st = t.getStackTrace
    var n = st.length
    def ours(c: String) = c == "Main" || c == "Main$" || c.startsWith("Main$") || c.startsWith("Tryout")
    while (n > 0 && ours(st(n - 1).getClassName)) n -= 1
    if (n > 0 && n < st.length) t.setStackTrace(java.util.Arrays.copyOf(st, n))
    t.printStackTrace()
    System.err.flush()
    Runtime.getRuntime.halt(1)
    throw new IllegalStateException("unreachable")
  }

  def emit(out: String): Unit = {
    System.out.flush()
    Console.out.flush()
    try {
      val f = new FileOutputStream("/proc/self/fd/3", true)
      try f.write(out.getBytes(UTF_8))
      finally f.close()
    } catch {
      case e: Throwable => harnessFail("cannot write the result channel (fd 3)", e)
    }
  }

  /** A set by identity, for the node serialisers' cycle checks. */
  def identitySet[T](): java.util.Set[T] = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap[T, java.lang.Boolean])
}
