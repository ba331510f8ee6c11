def ip_value(ip: str) -> int:
    a, b, c, d = map(int, ip.split("."))
    return (a << 24) | (b << 16) | (c << 8) | d


class Solution:
    def checkAllowlist(self, cidrs: List[str], ips: List[str]) -> List[bool]:
        masks = []
        for cidr in cidrs:
            addr, bits = cidr.split("/")
            mask = ((1 << 32) - 1) ^ ((1 << (32 - int(bits))) - 1)
            masks.append((ip_value(addr) & mask, mask))
        # Every address against every block: O(n * m).
        out = []
        for ip in ips:
            v = ip_value(ip)
            out.append(any(v & mask == net for net, mask in masks))
        return out
