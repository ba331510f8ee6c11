// Bug: forgets the single quote, which still breaks out of single-quoted attributes.
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
