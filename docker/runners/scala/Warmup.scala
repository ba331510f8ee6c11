// Compiled once at image build so scalac's own classes land in a CDS archive
// (/opt/tryout/scalac.jsa). Touches what a typical solution and the function harness use.
import scala.collection.mutable

case class Pair2(a: Int, b: Long)

trait Shape { def area: Double }

class Node(_x: Int = 0, _next: Node = null) {
  var next: Node = _next
  var x: Int = _x
}

object Solution {
  def twoSum(nums: Array[Int], target: Int): Array[Int] = {
    val seen = mutable.HashMap[Int, Int]()
    for ((x, i) <- nums.zipWithIndex) {
      seen.get(target - x) match {
        case Some(j) => return Array(j, i)
        case None => seen(x) = i
      }
    }
    Array.empty[Int]
  }
}

object Warmup {
  def write(b: java.lang.StringBuilder, v: Any): Unit = v match {
    case null => b.append("null")
    case d: Double => b.append(d)
    case x: Int => b.append(x)
    case a: Array[_] => a.foreach(write(b, _))
    case t: TraversableOnce[_] => t.foreach(write(b, _))
    case other => b.append(other.toString)
  }

  def main(args: Array[String]): Unit = {
    val tokens = scala.io.Source.stdin.getLines().flatMap(_.split("\\s+")).filter(_.nonEmpty).map(_.toInt).toVector
    val pq = mutable.PriorityQueue[(Long, Int)]()(Ordering.by(p => -p._1))
    val dq = mutable.ArrayBuffer[Int]()
    val tm = scala.collection.immutable.TreeMap[Int, String](1 -> "a")
    val m = mutable.Map[String, List[Pair2]]().withDefaultValue(Nil)
    m("k") = Pair2(1, 2L) :: m("k")
    val grid = Array.tabulate(3, 3)((i, j) => i * j)
    val words: List[List[String]] = List(List("a", "b"), List("c"))
    val s = new Shape { def area = math.Pi }
    val in: Array[Any] = Array[Any](Array(2, 7, 11, 15), 9)
    val answer = Solution.twoSum(in(0).asInstanceOf[Array[Int]], in(1).asInstanceOf[Int])
    val b = new java.lang.StringBuilder
    write(b, answer)
    write(b, words)
    val head = new Node(1, new Node(2))
    val sorted = tokens.sorted(Ordering[Int].reverse).mkString(" ")
    println(s"$sorted ${grid(2)(2)} ${s.area} ${pq.size + dq.size + tm.size + m.size} ${head.next.x} $b")
    try { val f = new java.io.FileOutputStream("/dev/null"); f.write(b.toString.getBytes("UTF-8")); f.close() }
    catch { case e: Throwable => System.err.println(e) }
  }
}
