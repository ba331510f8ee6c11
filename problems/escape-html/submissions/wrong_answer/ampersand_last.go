// Bug: replaces "&" after the other characters, so the entities it just inserted get escaped twice.
import "strings"

func escapeHtml(text string) string {
	for _, r := range [][2]string{{"<", "&lt;"}, {">", "&gt;"}, {`"`, "&quot;"}, {"'", "&#39;"}, {"&", "&amp;"}} {
		text = strings.ReplaceAll(text, r[0], r[1])
	}
	return text
}
