# Bug: drops duplicate timestamps, but equal events are distinct events.
# @param {Integer[][]} streams
# @return {Integer[]}
def merge_streams(streams)
  streams.flatten.uniq.sort
end
