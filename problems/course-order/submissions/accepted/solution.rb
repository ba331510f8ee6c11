# Kahn's algorithm: all courses can be taken iff no cycle blocks any of them.
# @param {Integer} num_courses
# @param {Integer[][]} prerequisites
# @return {Boolean}
def can_finish(num_courses, prerequisites)
  unlocks = Array.new(num_courses) { [] }
  waiting = Array.new(num_courses, 0)
  prerequisites.each do |a, b|
    unlocks[b] << a
    waiting[a] += 1
  end
  ready = (0...num_courses).select { |c| waiting[c].zero? }
  taken = 0
  until ready.empty?
    c = ready.pop
    taken += 1
    unlocks[c].each do |nxt|
      waiting[nxt] -= 1
      ready << nxt if waiting[nxt].zero?
    end
  end
  taken == num_courses
end
