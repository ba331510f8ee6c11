def ip_value(ip: str) -> int:
    a, b, c, d = map(int, ip.split("."))
    return (a << 24) | (b << 16) | (c << 8) | d


class Solution:
    def checkAllowlist(self, cidrs: List[str], ips: List[str]) -> List[bool]:
        blocks = []
        for cidr in cidrs:
            addr, bits = cidr.split("/")
            # Bug: the block starts at the written address; its host bits are not cleared.
            lo = ip_value(addr)
            blocks.append((lo, lo + (1 << (32 - int(bits))) - 1))
        return [any(lo <= ip_value(ip) <= hi for lo, hi in blocks) for ip in ips]
