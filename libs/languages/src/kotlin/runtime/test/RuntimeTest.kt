// Tests of the Kotlin harness runtime (TryoutJson.kt, ListNode.kt, TreeNode.kt), compiled with it
// and run in the runner image: prints one line per failed check and exits 1 if any failed.
var failures = 0

fun check(what: String, got: Any?, expected: Any?) {
    if (got != expected) {
        failures++
        println("FAIL $what: got $got, expected $expected")
    }
}

fun throws(what: String, block: () -> Unit) {
    try {
        block()
        failures++
        println("FAIL $what: no exception")
    } catch (e: RuntimeException) {
        // expected
    }
}

fun roundTrip(text: String): String = TryoutJson.toJson(TryoutJson.parse(text))

fun main() {
    // Parsing: integers are exact Longs, other numbers Doubles, arrays Lists.
    check("long", TryoutJson.parse("9007199254740993"), 9007199254740993L)
    check("min long", TryoutJson.parse("-9223372036854775808"), Long.MIN_VALUE)
    check("double", TryoutJson.parse("-2.5e-3"), -2.5e-3)
    check("nested", TryoutJson.parse(" [ [1, 2] , [], [\"a\"] ] "), listOf(listOf(1L, 2L), listOf<Any?>(), listOf("a")))
    check("literals", TryoutJson.parse("[true,false,null]"), listOf(true, false, null))
    check("escapes", TryoutJson.parse("\"a\\\"b\\\\c\\/d\\n\\t\\u00e9\\ud83d\\ude00\""), "a\"b\\c/d\n\té\uD83D\uDE00")
    throws("trailing") { TryoutJson.parse("[1] 2") }
    throws("unterminated") { TryoutJson.parse("[1,2,") }
    throws("bad literal") { TryoutJson.parse("nul") }
    throws("bad escape") { TryoutJson.parse("\"\\x\"") }

    // Conversions to the declared types.
    check("int", TryoutJson.toInt(TryoutJson.parse("-2147483648")), Int.MIN_VALUE)
    throws("int range") { TryoutJson.toInt(TryoutJson.parse("2147483648")) }
    throws("int from double") { TryoutJson.toInt(TryoutJson.parse("1.5")) }
    check("double from int", TryoutJson.toDouble(TryoutJson.parse("3")), 3.0)
    check("int[][]", TryoutJson.toIntArray2(TryoutJson.parse("[[1],[2,3]]")).map { it.toList() }, listOf(listOf(1), listOf(2, 3)))
    check("string[][]", TryoutJson.toStrArray2(TryoutJson.parse("[[\"x\"],[]]")).map { it.toList() }, listOf(listOf("x"), listOf()))
    check("bool[]", TryoutJson.toBoolArray(TryoutJson.parse("[true,false]")).toList(), listOf(true, false))
    check("long[]", TryoutJson.toLongArray(TryoutJson.parse("[-9223372036854775807]")).toList(), listOf(-9223372036854775807L))
    throws("string from number") { TryoutJson.toStr(TryoutJson.parse("1")) }

    // Writing: whatever a candidate returns.
    check("round trip", roundTrip("[1,-2.5,\"x\",true,null,[]]"), "[1,-2.5,\"x\",true,null,[]]")
    check("primitive arrays", TryoutJson.toJson(arrayOf(intArrayOf(1, 2), longArrayOf(3), booleanArrayOf(true), doubleArrayOf(0.5))), "[[1,2],[3],[true],[0.5]]")
    check("lists of lists", TryoutJson.toJson(listOf(listOf(1, 2), listOf<Int>())), "[[1,2],[]]")
    check("string escapes", TryoutJson.toJson("q\"b\\n\n\u0001\uD83D\uDE00"), "\"q\\\"b\\\\n\\n\\u0001\uD83D\uDE00\"")
    check("lone surrogate", TryoutJson.toJson("\uD83D"), "\"\\ud83d\"")
    check("exact long", TryoutJson.toJson(Long.MAX_VALUE), "9223372036854775807")
    throws("NaN") { TryoutJson.toJson(Double.NaN) }
    throws("infinity") { TryoutJson.toJson(doubleArrayOf(Double.POSITIVE_INFINITY)) }
    throws("unknown type") { TryoutJson.toJson(Any()) }

    // Nodes: level order with nulls, cycles refused.
    check("list", TryoutListNode.toList(TryoutListNode.from(TryoutJson.parse("[1,2,3]"))), listOf(1, 2, 3))
    check("empty list", TryoutListNode.from(TryoutJson.parse("[]")), null)
    val cyclic = ListNode(1)
    cyclic.next = cyclic
    throws("list cycle") { TryoutListNode.toList(cyclic) }
    check("tree", TryoutTreeNode.toList(TryoutTreeNode.from(TryoutJson.parse("[1,null,2,3]"))), listOf(1, null, 2, 3))
    check("empty tree", TryoutTreeNode.toList(TryoutTreeNode.from(TryoutJson.parse("[]"))), listOf<Int?>())
    val shared = TreeNode(2)
    val root = TreeNode(1)
    root.left = shared
    root.right = shared
    throws("shared tree node") { TryoutTreeNode.toList(root) }

    println(if (failures == 0) "ok" else "$failures failed")
    System.exit(if (failures == 0) 0 else 1)
}
