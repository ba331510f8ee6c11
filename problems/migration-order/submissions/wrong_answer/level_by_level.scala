import scala.collection.mutable

// Bug: processes whole "levels" (sorted) at a time, which is a valid order but not the smallest one.
object Solution {
  def migrationOrder(names: Array[String], deps: Array[Array[String]]): Array[String] = {
    val waiting = mutable.Map(names.map(_ -> 0): _*)
    val unblocks = names.map(_ -> mutable.ArrayBuffer[String]()).toMap
    for (Array(a, b) <- deps) {
      unblocks(b) += a
      waiting(a) += 1
    }
    var level = names.filter(waiting(_) == 0).sorted.toSeq
    val order = mutable.ArrayBuffer[String]()
    while (level.nonEmpty) {
      order ++= level
      val next = mutable.ArrayBuffer[String]()
      for (n <- level; m <- unblocks(n)) {
        waiting(m) -= 1
        if (waiting(m) == 0) next += m
      }
      level = next.sorted
    }
    if (order.length == names.length) order.toArray else Array.empty[String]
  }
}
