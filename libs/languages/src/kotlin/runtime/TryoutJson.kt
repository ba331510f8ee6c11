// The fixed part of Tryout's Kotlin harness for function problems: JSON in and out, the result
// channel (fd 3) and the exit protocol (see the harness protocol README). No libraries: the image
// carries only the Kotlin standard library.
import java.io.FileOutputStream
import java.util.IdentityHashMap

object TryoutJson {
    /** Exit code of a harness that cannot read its input or write fd 3 (HARNESS_ABORT_EXIT_CODE). */
    const val HARNESS_ABORT = 97

    /** Parses one JSON value: integers as Long (exact), other numbers as Double, arrays as List. */
    fun parse(text: String): Any? {
        val p = Parser(text)
        p.ws()
        val v = p.value()
        p.ws()
        if (p.i != text.length) throw p.error("unexpected trailing characters")
        return v
    }

    private class Parser(val s: String) {
        var i = 0

        fun error(what: String): IllegalArgumentException =
            IllegalArgumentException("$what at offset $i in " + (if (s.length > 80) s.substring(0, 80) + "..." else s))

        fun ws() {
            while (i < s.length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) i++
        }

        private fun literal(word: String) {
            if (!s.startsWith(word, i)) throw error("invalid literal")
            i += word.length
        }

        fun value(): Any? {
            if (i >= s.length) throw error("unexpected end")
            return when (s[i]) {
                '[' -> array()
                '"' -> string()
                't' -> { literal("true"); true }
                'f' -> { literal("false"); false }
                'n' -> { literal("null"); null }
                else -> number()
            }
        }

        private fun array(): List<Any?> {
            i++
            val a = ArrayList<Any?>()
            ws()
            if (i < s.length && s[i] == ']') { i++; return a }
            while (true) {
                ws()
                a.add(value())
                ws()
                if (i >= s.length) throw error("unterminated array")
                val d = s[i++]
                if (d == ']') return a
                if (d != ',') throw error("expected , or ]")
            }
        }

        private fun number(): Any {
            val start = i
            var integral = true
            if (i < s.length && s[i] == '-') i++
            while (i < s.length) {
                val c = s[i]
                if (c in '0'..'9') { i++; continue }
                if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') { integral = false; i++; continue }
                break
            }
            val t = s.substring(start, i)
            if (t.isEmpty() || t == "-") throw error("unexpected character")
            if (integral) t.toLongOrNull()?.let { return it }
            return t.toDoubleOrNull() ?: throw error("invalid number $t")
        }

        private fun string(): String {
            i++
            val b = StringBuilder()
            while (true) {
                if (i >= s.length) throw error("unterminated string")
                val c = s[i++]
                if (c == '"') return b.toString()
                if (c != '\\') { b.append(c); continue }
                if (i >= s.length) throw error("unterminated escape")
                when (s[i++]) {
                    '"' -> b.append('"')
                    '\\' -> b.append('\\')
                    '/' -> b.append('/')
                    'b' -> b.append('\b')
                    'f' -> b.append('\u000C')
                    'n' -> b.append('\n')
                    'r' -> b.append('\r')
                    't' -> b.append('\t')
                    'u' -> {
                        if (i + 4 > s.length) throw error("bad \\u escape")
                        val code = s.substring(i, i + 4).toIntOrNull(16) ?: throw error("bad \\u escape")
                        b.append(code.toChar())
                        i += 4
                    }
                    else -> throw error("bad escape")
                }
            }
        }
    }

    // ---- conversions to the declared types (input files are checked on the host: a mismatch here
    // is the harness's problem, reported through harnessFail)

    fun list(v: Any?): List<Any?> {
        if (v is List<*>) return v
        throw IllegalArgumentException("expected an array, got $v")
    }

    fun toInt(v: Any?): Int {
        val x = toLong(v)
        if (x < Int.MIN_VALUE || x > Int.MAX_VALUE) throw IllegalArgumentException("int out of range: $x")
        return x.toInt()
    }

    fun toLong(v: Any?): Long = v as? Long ?: throw IllegalArgumentException("expected an integer, got $v")

    fun toDouble(v: Any?): Double = (v as? Number)?.toDouble() ?: throw IllegalArgumentException("expected a number, got $v")

    fun toBool(v: Any?): Boolean = v as? Boolean ?: throw IllegalArgumentException("expected a boolean, got $v")

    fun toStr(v: Any?): String = v as? String ?: throw IllegalArgumentException("expected a string, got $v")

    fun toIntArray(v: Any?): IntArray = list(v).let { l -> IntArray(l.size) { toInt(l[it]) } }

    fun toLongArray(v: Any?): LongArray = list(v).let { l -> LongArray(l.size) { toLong(l[it]) } }

    fun toDoubleArray(v: Any?): DoubleArray = list(v).let { l -> DoubleArray(l.size) { toDouble(l[it]) } }

    fun toBoolArray(v: Any?): BooleanArray = list(v).let { l -> BooleanArray(l.size) { toBool(l[it]) } }

    fun toStrArray(v: Any?): Array<String> = list(v).let { l -> Array(l.size) { toStr(l[it]) } }

    fun toIntArray2(v: Any?): Array<IntArray> = list(v).let { l -> Array(l.size) { toIntArray(l[it]) } }

    fun toLongArray2(v: Any?): Array<LongArray> = list(v).let { l -> Array(l.size) { toLongArray(l[it]) } }

    fun toDoubleArray2(v: Any?): Array<DoubleArray> = list(v).let { l -> Array(l.size) { toDoubleArray(l[it]) } }

    fun toBoolArray2(v: Any?): Array<BooleanArray> = list(v).let { l -> Array(l.size) { toBoolArray(l[it]) } }

    fun toStrArray2(v: Any?): Array<Array<String>> = list(v).let { l -> Array(l.size) { toStrArray(l[it]) } }

    // ---- writer: any value a candidate may return (primitive and object arrays, lists of lists,
    // boxed scalars), so List<List<Int>> works where Array<IntArray> is declared

    fun toJson(v: Any?): String {
        val b = StringBuilder()
        write(b, v)
        return b.toString()
    }

    fun write(b: StringBuilder, v: Any?) {
        when (v) {
            null -> b.append("null")
            is Double -> b.append(finite(v))
            is Float -> b.append(finite(v.toDouble()))
            is Number, is Boolean -> b.append(v.toString())
            is CharSequence -> string(b, v.toString())
            is Char -> string(b, v.toString())
            is IntArray -> items(b, v.asIterable())
            is LongArray -> items(b, v.asIterable())
            is DoubleArray -> items(b, v.asIterable())
            is BooleanArray -> items(b, v.asIterable())
            is CharArray -> items(b, v.asIterable())
            is Array<*> -> items(b, v.asIterable())
            is Iterable<*> -> items(b, v)
            else -> throw IllegalStateException("cannot serialise a ${v.javaClass.name} as JSON")
        }
    }

    private fun finite(d: Double): String {
        if (d.isNaN() || d.isInfinite()) throw IllegalStateException("the function returned $d, which is not a JSON number")
        return d.toString()
    }

    private fun items(b: StringBuilder, xs: Iterable<*>) {
        b.append('[')
        var first = true
        for (x in xs) {
            if (!first) b.append(',')
            first = false
            write(b, x)
        }
        b.append(']')
    }

    fun string(b: StringBuilder, s: String) {
        b.append('"')
        for (k in s.indices) {
            val c = s[k]
            when (c) {
                '"' -> b.append("\\\"")
                '\\' -> b.append("\\\\")
                '\n' -> b.append("\\n")
                '\r' -> b.append("\\r")
                '\t' -> b.append("\\t")
                else -> {
                    // Control characters and lone surrogates are escaped; paired surrogates pass.
                    val paired = (c.isHighSurrogate() && k + 1 < s.length && s[k + 1].isLowSurrogate()) ||
                        (c.isLowSurrogate() && k > 0 && s[k - 1].isHighSurrogate())
                    if (c < ' ' || (c.isSurrogate() && !paired)) b.append(String.format("\\u%04x", c.toInt()))
                    else b.append(c)
                }
            }
        }
        b.append('"')
    }

    // ---- process plumbing

    /** The test's non-blank lines, trimmed. */
    fun readLines(): List<String> =
        String(System.`in`.readBytes(), Charsets.UTF_8).split('\n').map { it.trim() }.filter { it.isNotEmpty() }

    fun need(items: List<*>, n: Int, what: String) {
        if (items.size < n) throw IllegalArgumentException("expected $n $what, got ${items.size}")
    }

    fun harnessFail(what: String, e: Throwable): Nothing {
        System.out.flush()
        System.err.println("tryout harness: $what: $e")
        System.err.flush()
        Runtime.getRuntime().halt(HARNESS_ABORT)
        throw IllegalStateException("unreachable")
    }

    /** The candidate's exception: its trace, without the harness's frames below its call; exit 1. */
    fun candidateFailed(t: Throwable): Nothing {
        System.out.flush()
        val st = t.stackTrace
        var n = st.size
        while (n > 0 && (st[n - 1].className == "MainKt" || st[n - 1].className.startsWith("Tryout"))) n--
        if (n > 0 && n < st.size) t.stackTrace = st.copyOf(n)
        t.printStackTrace()
        System.err.flush()
        Runtime.getRuntime().halt(1)
        throw IllegalStateException("unreachable")
    }

    fun emit(out: String) {
        System.out.flush()
        try {
            FileOutputStream("/proc/self/fd/3", true).use { it.write(out.toByteArray(Charsets.UTF_8)) }
        } catch (e: Throwable) {
            harnessFail("cannot write the result channel (fd 3)", e)
        }
        System.out.flush()
    }

    /** A set by identity, for the node serialisers' cycle checks. */
    fun <T> identitySet(): MutableSet<T> = java.util.Collections.newSetFromMap(IdentityHashMap<T, Boolean>())
}
