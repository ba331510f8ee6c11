class UrlShortener {
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private final Map<String, String> codeOf = new HashMap<>();
    private final Map<String, String> urlOf = new HashMap<>();
    private long counter = 0;

    public UrlShortener() {}

    public String encode(String longUrl) {
        String code = codeOf.get(longUrl);
        if (code != null) return code;
        long n = ++counter;
        StringBuilder digits = new StringBuilder();
        while (n > 0) {
            digits.append(ALPHABET.charAt((int) (n % 62)));
            n /= 62;
        }
        while (digits.length() < 6) digits.append('0');
        code = digits.reverse().toString();
        codeOf.put(longUrl, code);
        urlOf.put(code, longUrl);
        return code;
    }

    public String decode(String code) {
        return urlOf.getOrDefault(code, "");
    }
}
