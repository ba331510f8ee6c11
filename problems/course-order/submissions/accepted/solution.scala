import scala.collection.mutable

object Solution {
  def canFinish(numCourses: Int, prerequisites: Array[Array[Int]]): Boolean = {
    val unlocks = Array.fill(numCourses)(mutable.ArrayBuffer[Int]())
    val waiting = new Array[Int](numCourses)
    for (Array(course, before) <- prerequisites) {
      unlocks(before) += course
      waiting(course) += 1
    }
    val ready = mutable.Queue((0 until numCourses).filter(waiting(_) == 0): _*)
    var taken = 0
    while (ready.nonEmpty) {
      val c = ready.dequeue()
      taken += 1
      for (next <- unlocks(c)) {
        waiting(next) -= 1
        if (waiting(next) == 0) ready.enqueue(next)
      }
    }
    taken == numCourses
  }
}
