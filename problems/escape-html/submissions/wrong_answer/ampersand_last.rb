# Bug: replaces "&" after the other characters, so the entities it just inserted get escaped twice.
# @param {String} text
# @return {String}
def escape_html(text)
  [['<', '&lt;'], ['>', '&gt;'], ['"', '&quot;'], ["'", '&#39;'], ['&', '&amp;']].each do |c, e|
    text = text.gsub(c, e)
  end
  text
end
