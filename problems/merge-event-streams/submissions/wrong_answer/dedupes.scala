// Bug: drops duplicate timestamps, but equal events are distinct events.
object Solution {
  def mergeStreams(streams: Array[Array[Long]]): Array[Long] = streams.flatten.distinct.sorted
}
