package text

// LookupLower returns m's value for w with its ASCII capitals lower-cased,
// as a lexicon is looked up whatever the case a text gives a word ("He",
// "SPOKESWOMAN"). A word of up to 32 bytes is lower-cased on the stack: no
// allocation.
func LookupLower[V any](m map[string]V, w string) (V, bool) {
	var buf [32]byte
	b := buf[:0]
	if len(w) > len(buf) {
		b = make([]byte, 0, len(w))
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	v, ok := m[string(b)]
	return v, ok
}

// Possessive reports whether the word w is a possessive, with either
// apostrophe: "city's", "U.S.’s", "growers'", "Gulls’".
func Possessive(w string) bool {
	n := len(w)
	switch {
	case n >= 2 && w[n-2:] == "'s", n >= 2 && w[n-2] == 's' && w[n-1] == '\'':
		return true
	case n >= 4 && w[n-4:] == "’s", n >= 4 && w[n-4] == 's' && w[n-3:] == "’":
		return true
	}
	return false
}

// Unpossessed returns w without the possessive ending that Possessive
// finds: "city" for "city's" and "U.S.’s", "growers" for "growers'"; w
// itself if it has none.
func Unpossessed(w string) string {
	n := len(w)
	switch {
	case n >= 2 && w[n-2:] == "'s":
		return w[:n-2]
	case n >= 4 && w[n-4:] == "’s":
		return w[:n-4]
	case n >= 2 && w[n-2] == 's' && w[n-1] == '\'':
		return w[:n-1]
	case n >= 4 && w[n-4] == 's' && w[n-3:] == "’":
		return w[:n-3]
	}
	return w
}
