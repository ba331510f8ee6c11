# Bug: sorts ids as text, so "10" comes before "9".
class Solution:
    def joinTables(self, users: List[List[str]], orders: List[List[str]]) -> List[List[str]]:
        name_of = dict(users)
        rows = [[uid, name_of[uid], oid, amount] for oid, uid, amount in orders if uid in name_of]
        rows.sort(key=lambda r: (r[0], r[2]))
        return rows
