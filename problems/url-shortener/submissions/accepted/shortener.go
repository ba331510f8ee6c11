const base62Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

type UrlShortener struct {
	counter int
	codeOf  map[string]string
	urlOf   map[string]string
}

func Constructor() UrlShortener {
	return UrlShortener{codeOf: map[string]string{}, urlOf: map[string]string{}}
}

func (this *UrlShortener) Encode(longUrl string) string {
	if code, ok := this.codeOf[longUrl]; ok {
		return code
	}
	this.counter++
	n := this.counter
	digits := []byte{}
	for n > 0 {
		digits = append([]byte{base62Alphabet[n%62]}, digits...)
		n /= 62
	}
	for len(digits) < 6 {
		digits = append([]byte{'0'}, digits...)
	}
	code := string(digits)
	this.codeOf[longUrl] = code
	this.urlOf[code] = longUrl
	return code
}

func (this *UrlShortener) Decode(code string) string {
	return this.urlOf[code]
}
