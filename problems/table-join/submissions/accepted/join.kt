class Solution {
    fun joinTables(users: Array<Array<String>>, orders: Array<Array<String>>): Array<Array<String>> {
        val nameOf = users.associate { it[0] to it[1] }
        return orders
            .mapNotNull { (orderId, userId, amount) -> nameOf[userId]?.let { arrayOf(userId, it, orderId, amount) } }
            .sortedWith(compareBy<Array<String>>({ it[0].toLong() }, { it[2].toLong() }))
            .toTypedArray()
    }
}
