# Bug: assumes the export is already in time order and never sorts.
class Solution:
    def countSessions(self, userIds: List[str], timestamps: List[int], gapMs: int) -> int:
        last = {}
        sessions = 0
        for user, t in zip(userIds, timestamps):
            if user not in last or abs(t - last[user]) > gapMs:
                sessions += 1
            last[user] = t
        return sessions
