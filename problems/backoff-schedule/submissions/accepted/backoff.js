var backoffSchedule = function (baseMs, factor, maxDelayMs, retries) {
  const out = [];
  let delay = baseMs;
  for (let i = 0; i < retries; i++) {
    // delay < maxDelayMs <= 10^12 before each multiply, so delay * factor <= 10^15 stays exact.
    out.push(Math.min(delay, maxDelayMs));
    if (delay < maxDelayMs) delay *= factor;
  }
  return out;
};
