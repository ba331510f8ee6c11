from collections import defaultdict


class Solution:
    def countSessions(self, userIds: List[str], timestamps: List[int], gapMs: int) -> int:
        clicks = defaultdict(list)
        for user, t in zip(userIds, timestamps):
            clicks[user].append(t)
        sessions = 0
        for times in clicks.values():
            times.sort()
            sessions += 1
            for prev, cur in zip(times, times[1:]):
                if cur - prev > gapMs:
                    sessions += 1
        return sessions
