// Bug: sorts ids as text, so "10" comes before "9".
class Solution {
    fun joinTables(users: Array<Array<String>>, orders: Array<Array<String>>): Array<Array<String>> {
        val nameOf = users.associate { it[0] to it[1] }
        return orders
            .mapNotNull { (orderId, userId, amount) -> nameOf[userId]?.let { arrayOf(userId, it, orderId, amount) } }
            .sortedWith(compareBy<Array<String>>({ it[0] }, { it[2] }))
            .toTypedArray()
    }
}
