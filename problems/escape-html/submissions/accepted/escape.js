const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

var escapeHtml = function (text) {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
};
