// Tests of the Scala harness runtime (TryoutJson.scala, ListNode.scala, TreeNode.scala), compiled
// with it and run in the runner image: prints one line per failed check and exits 1 if any failed.
object RuntimeTest {
  var failures = 0

  def check(what: String, got: Any, expected: Any): Unit =
    if (got != expected) {
      failures += 1
      println(s"FAIL $what: got $got, expected $expected")
    }

  def throws(what: String)(block: => Any): Unit =
    try {
      block
      failures += 1
      println(s"FAIL $what: no exception")
    } catch { case _: RuntimeException => () }

  def roundTrip(text: String): String = TryoutJson.toJson(TryoutJson.parse(text))

  def main(args: Array[String]): Unit = {
    // Parsing: integers are exact Longs, other numbers Doubles, arrays Vectors.
    check("long", TryoutJson.parse("9007199254740993"), 9007199254740993L)
    check("min long", TryoutJson.parse("-9223372036854775808"), Long.MinValue)
    check("double", TryoutJson.parse("-2.5e-3"), -2.5e-3)
    check("nested", TryoutJson.parse(" [ [1, 2] , [], [\"a\"] ] "), Vector(Vector(1L, 2L), Vector(), Vector("a")))
    check("literals", TryoutJson.parse("[true,false,null]"), Vector(true, false, null))
    check("escapes", TryoutJson.parse("\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00\""), "a\"b\\c/d\n\t\u00e9\ud83d\ude00")
    throws("trailing")(TryoutJson.parse("[1] 2"))
    throws("unterminated")(TryoutJson.parse("[1,2,"))
    throws("bad literal")(TryoutJson.parse("nul"))
    throws("bad escape")(TryoutJson.parse("\"\\x\""))

    // Conversions to the declared types.
    check("int", TryoutJson.toInt(TryoutJson.parse("-2147483648")), Int.MinValue)
    throws("int range")(TryoutJson.toInt(TryoutJson.parse("2147483648")))
    throws("int from double")(TryoutJson.toInt(TryoutJson.parse("1.5")))
    check("double from int", TryoutJson.toDouble(TryoutJson.parse("3")), 3.0)
    check("int[][]", TryoutJson.toIntArray2(TryoutJson.parse("[[1],[2,3]]")).map(_.toList).toList, List(List(1), List(2, 3)))
    check("string[][]", TryoutJson.toStrArray2(TryoutJson.parse("[[\"x\"],[]]")).map(_.toList).toList, List(List("x"), List()))
    check("bool[]", TryoutJson.toBoolArray(TryoutJson.parse("[true,false]")).toList, List(true, false))
    check("long[]", TryoutJson.toLongArray(TryoutJson.parse("[-9223372036854775807]")).toList, List(-9223372036854775807L))
    throws("string from number")(TryoutJson.toStr(TryoutJson.parse("1")))

    // Writing: whatever a candidate returns.
    check("round trip", roundTrip("[1,-2.5,\"x\",true,null,[]]"), "[1,-2.5,\"x\",true,null,[]]")
    check("primitive arrays", TryoutJson.toJson(Array[Any](Array(1, 2), Array(3L), Array(true), Array(0.5))), "[[1,2],[3],[true],[0.5]]")
    check("lists of lists", TryoutJson.toJson(List(List(1, 2), Nil)), "[[1,2],[]]")
    check("java lists", TryoutJson.toJson(java.util.Arrays.asList(1, 2)), "[1,2]")
    check("string escapes", TryoutJson.toJson("q\"b\\n\n\u0001\ud83d\ude00"), "\"q\\\"b\\\\n\\n\\u0001\ud83d\ude00\"")
    check("lone surrogate", TryoutJson.toJson("\ud83d"), "\"\\ud83d\"")
    check("exact long", TryoutJson.toJson(Long.MaxValue), "9223372036854775807")
    throws("NaN")(TryoutJson.toJson(Double.NaN))
    throws("infinity")(TryoutJson.toJson(Array(Double.PositiveInfinity)))
    throws("unknown type")(TryoutJson.toJson(new Object))

    // Nodes: level order with nulls, cycles refused.
    check("list", TryoutListNode.toList(TryoutListNode.from(TryoutJson.parse("[1,2,3]"))), Vector(1, 2, 3))
    check("empty list", TryoutListNode.from(TryoutJson.parse("[]")), null)
    val cyclic = new ListNode(1)
    cyclic.next = cyclic
    throws("list cycle")(TryoutListNode.toList(cyclic))
    check("tree", TryoutTreeNode.toList(TryoutTreeNode.from(TryoutJson.parse("[1,null,2,3]"))), Vector(1, null, 2, 3))
    check("empty tree", TryoutTreeNode.toList(TryoutTreeNode.from(TryoutJson.parse("[]"))), Vector())
    val shared = new TreeNode(2)
    throws("shared tree node")(TryoutTreeNode.toList(new TreeNode(1, shared, shared)))

    println(if (failures == 0) "ok" else s"$failures failed")
    System.exit(if (failures == 0) 0 else 1)
  }
}
