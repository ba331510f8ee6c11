fun main() {
    val data = String(System.`in`.readBytes())
    throw IllegalArgumentException("boom ${data.length}")
}
