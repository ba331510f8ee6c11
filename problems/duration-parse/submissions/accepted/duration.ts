function parseDuration(text: string): number {
  const sizes: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1 };
  const order = 'dhms';
  if (text.length === 0) return -1;
  let total = 0;
  let lastUnit = -1;
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && text[j] >= '0' && text[j] <= '9') j++;
    const unit = j < text.length ? order.indexOf(text[j]) : -1;
    if (j === i || j - i > 9 || unit < 0 || unit <= lastUnit) return -1;
    total += Number(text.slice(i, j)) * sizes[text[j]];
    lastUnit = unit;
    i = j + 1;
  }
  return total;
}
