import scala.collection.mutable

object Solution {
  def migrationOrder(names: Array[String], deps: Array[Array[String]]): Array[String] = {
    val waiting = mutable.Map(names.map(_ -> 0): _*)
    val unblocks = names.map(_ -> mutable.ArrayBuffer[String]()).toMap
    for (Array(migration, dependsOn) <- deps) {
      unblocks(dependsOn) += migration
      waiting(migration) += 1
    }
    val ready = mutable.PriorityQueue(names.filter(waiting(_) == 0): _*)(Ordering[String].reverse)
    val order = mutable.ArrayBuffer[String]()
    while (ready.nonEmpty) {
      val n = ready.dequeue()
      order += n
      for (m <- unblocks(n)) {
        waiting(m) -= 1
        if (waiting(m) == 0) ready.enqueue(m)
      }
    }
    if (order.length == names.length) order.toArray else Array.empty[String]
  }
}
