ENTITIES = { '&' => '&amp;', '<' => '&lt;', '>' => '&gt;', '"' => '&quot;', "'" => '&#39;' }.freeze

# One pass: each special character is replaced once, so inserted entities are never escaped again.
# @param {String} text
# @return {String}
def escape_html(text)
  text.gsub(/[&<>"']/, ENTITIES)
end
