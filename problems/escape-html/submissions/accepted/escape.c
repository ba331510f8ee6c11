// One pass into a buffer sized for the worst case (every character becomes a 6-byte entity).
char* escapeHtml(char* text) {
    size_t n = strlen(text);
    char* out = malloc(n * 6 + 1);
    char* w = out;
    for (const char* c = text; *c; c++) {
        const char* entity = NULL;
        switch (*c) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = "&quot;"; break;
        case '\'': entity = "&#39;"; break;
        }
        if (entity) {
            size_t len = strlen(entity);
            memcpy(w, entity, len);
            w += len;
        } else {
            *w++ = *c;
        }
    }
    *w = '\0';
    return out;
}
