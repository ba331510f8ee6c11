var parseDuration = function (text) {
  const m = /^(?:([0-9]{1,9})d)?(?:([0-9]{1,9})h)?(?:([0-9]{1,9})m)?(?:([0-9]{1,9})s)?$/.exec(text);
  if (text === '' || m === null) return -1;
  const [d, h, min, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  return d * 86400 + h * 3600 + min * 60 + s; // at most ~9 * 10^13: exact in a double
};
