// Bug: forgets the single quote, which still breaks out of single-quoted attributes.
var escapeHtml = function (text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
};
