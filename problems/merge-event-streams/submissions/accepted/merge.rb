# The merged stream is every timestamp in order: gather them and sort (6 * 10^4 at most).
# @param {Integer[][]} streams
# @return {Integer[]}
def merge_streams(streams)
  streams.flatten.sort
end
