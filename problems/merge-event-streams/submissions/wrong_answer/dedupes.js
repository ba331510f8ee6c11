// Bug: drops duplicate timestamps, but equal events are distinct events.
var mergeStreams = function (streams) {
  return [...new Set(streams.flat())].sort((a, b) => a - b);
};
