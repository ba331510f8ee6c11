from bisect import bisect_right


def ip_value(ip: str) -> int:
    a, b, c, d = map(int, ip.split("."))
    return (a << 24) | (b << 16) | (c << 8) | d


class Solution:
    def checkAllowlist(self, cidrs: List[str], ips: List[str]) -> List[bool]:
        ranges = []
        for cidr in cidrs:
            addr, bits = cidr.split("/")
            size = 1 << (32 - int(bits))
            lo = ip_value(addr) & ~(size - 1)  # host bits of the address do not matter
            ranges.append((lo, lo + size - 1))
        ranges.sort()
        starts, ends = [], []
        for lo, hi in ranges:  # merge overlapping and adjacent blocks
            if ends and lo <= ends[-1] + 1:
                ends[-1] = max(ends[-1], hi)
            else:
                starts.append(lo)
                ends.append(hi)
        out = []
        for ip in ips:
            v = ip_value(ip)
            i = bisect_right(starts, v) - 1
            out.append(i >= 0 and v <= ends[i])
        return out
