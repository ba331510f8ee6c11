class Solution:
    def joinTables(self, users: List[List[str]], orders: List[List[str]]) -> List[List[str]]:
        name_of = {uid: name for uid, name in users}  # hash join: build on users, probe with orders
        rows = [[uid, name_of[uid], oid, amount] for oid, uid, amount in orders if uid in name_of]
        rows.sort(key=lambda r: (int(r[0]), int(r[2])))
        return rows
