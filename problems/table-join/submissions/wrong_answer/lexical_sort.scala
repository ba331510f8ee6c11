// Bug: sorts ids as text, so "10" comes before "9".
object Solution {
  def joinTables(users: Array[Array[String]], orders: Array[Array[String]]): Array[Array[String]] = {
    val nameOf = users.map(u => u(0) -> u(1)).toMap
    orders
      .flatMap { case Array(orderId, userId, amount) => nameOf.get(userId).map(name => Array(userId, name, orderId, amount)) }
      .sortBy(r => (r(0), r(2)))
  }
}
