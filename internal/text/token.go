package text

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/cases"
)

// Kind is the kind of a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, digits and the marks inside them ("U.S.’s", "back-and-forth")
	Number             // a token that starts with a digit ("2020", "30-page", "3.5")
	Punct              // any other single character (",", ".", "—")
	Quote              // a quotation mark: “ ” ‘ " and a standalone ’ or '
)

// Token flags.
const (
	Upper   uint8 = 1 << iota // first letter is upper case
	Open                      // an opening quotation mark
	Close                     // a closing quotation mark
	Space                     // preceded by white space (or the start of the text)
	NewLine                   // preceded by a line break
	Folded                    // the folded form is in the tokenizer's arena, not the text
	Single                    // a single quotation mark
)

// A Token is a word, number or punctuation mark. Start and End are byte
// offsets into the original text. A token holds no pointers, so a slice of
// millions costs the garbage collector nothing; its folded form (lower
// case, typographic apostrophes made straight), for matching, is read
// with [Tokenizer.Fold].
type Token struct {
	Start, End         int32
	FoldStart, FoldEnd int32 // the folded form in the arena, when Flags has Folded
	Kind               Kind
	Flags              uint8
}

// Is reports whether the token has all the flags f.
func (t *Token) Is(f uint8) bool { return t.Flags&f == f }

// Tokenizer splits text into tokens. It keeps buffers between calls, so a
// Tokenizer must not be used by two goroutines at once; the zero value is
// ready to use.
type Tokenizer struct {
	// Reuse makes the folded forms of each call share the tokenizer's
	// buffer rather than a copy of it, which saves copying them once per
	// call: the strings that Folded and Fold return are then overwritten
	// by the next call of Tokenize, and a caller that sets Reuse must keep
	// none of them past it.
	Reuse bool

	arena  []byte
	folded string // arena as a string, made once per Tokenize call
	caser  cases.Caser
	ready  bool // caser is made
}

// Folded returns the folded forms the last call of Tokenize made, which
// tokens flagged Folded point into with FoldStart and FoldEnd.
func (tz *Tokenizer) Folded() string { return tz.folded }

// Fold returns the folded form of t, a token that the last call of
// Tokenize made from s. Quotation marks fold to `"` or `'`.
func (tz *Tokenizer) Fold(s string, t *Token) string { return FoldOf(s, tz.folded, t) }

// FoldOf returns the folded form of t, a token made from s, whose folded
// forms are in folded (see [Tokenizer.Folded]).
func FoldOf(s, folded string, t *Token) string {
	switch {
	case t.Flags&Folded != 0:
		return folded[t.FoldStart:t.FoldEnd]
	case t.Kind == Quote:
		if t.Flags&Single != 0 {
			return "'"
		}
		return `"`
	}
	return s[t.Start:t.End]
}

// Tokenize appends the tokens of s[start:end] to dst. Abbreviations in
// abbr (nil means DefaultAbbrevs) keep their final period.
func (tz *Tokenizer) Tokenize(s string, start, end int, abbr *Abbrevs, dst []Token) []Token {
	if abbr == nil {
		abbr = DefaultAbbrevs()
	}
	if start < 0 {
		start = 0
	}
	if end > len(s) {
		end = len(s)
	}
	tz.arena = tz.arena[:0]
	flags := Space
	i := start
	for i < end {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t':
				flags |= Space
				i++
				continue
			case c == '\n' || c == '\r' || c == '\f' || c == '\v':
				flags |= Space | NewLine
				i++
				continue
			case 'a' <= c && c <= 'z':
				// Most words are lower-case letters before a space, a line
				// break or a comma (which joins only digits): their own
				// folded form.
				if j := lowerEnd(s, i+1, end); j == end || s[j] == ' ' || s[j] == ',' || s[j] == '\n' {
					dst = push(dst, i, j, Word, flags)
					flags, i = 0, j
					if j < end && s[j] == ' ' {
						flags, i = Space, j+1
					}
					continue
				}
				j, plain := tz.word(s, i, end, abbr)
				if plain { // lower case, their own folded form
					dst = push(dst, i, j, Word, flags)
				} else {
					dst = tz.emit(dst, s, i, j, flags, plain)
				}
				flags = 0
				i = j
				continue
			case 'A' <= c && c <= 'Z':
				// A capital and lower-case letters before a space, a line
				// break or a comma: folded by lower-casing the capital.
				if j := lowerEnd(s, i+1, end); j == end || s[j] == ' ' || s[j] == ',' || s[j] == '\n' {
					a := len(tz.arena)
					tz.arena = append(tz.arena, c+'a'-'A')
					tz.arena = append(tz.arena, s[i+1:j]...)
					dst = push(dst, i, j, Word, flags|Upper|Folded)
					dst[len(dst)-1].FoldStart, dst[len(dst)-1].FoldEnd = int32(a), int32(len(tz.arena))
					flags, i = 0, j
					if j < end && s[j] == ' ' {
						flags, i = Space, j+1
					}
					continue
				}
				j, plain := tz.word(s, i, end, abbr)
				dst = tz.emit(dst, s, i, j, flags, plain)
				flags = 0
				i = j
				continue
			case isASCIIAlnum(c):
				j, plain := tz.word(s, i, end, abbr)
				dst = tz.emit(dst, s, i, j, flags, plain)
				flags = 0
				i = j
				continue
			case c == '"':
				f := Close
				if flags&Space != 0 || i == start || isOpener(s, i) {
					f = Open
				}
				dst = push(dst, i, i+1, Quote, flags|f)
				flags = 0
				i++
				continue
			case c == '\'' && i+1 < end && s[i+1] == '\'' || c == '`' && i+1 < end && s[i+1] == '`':
				// '' and `` stand for double quotation marks in some wire copy.
				f := Close
				if c == '`' || flags&Space != 0 || i == start || isOpener(s, i) {
					f = Open
				}
				if f == Close && c == '\'' && i+2 < end && s[i+2] == '\'' {
					// Three marks closing a quotation within a quotation:
					// the inner ' closes first, then the outer ''.
					dst = push(dst, i, i+1, Quote, flags|Close|Single)
					flags = 0
					i++
					continue
				}
				dst = push(dst, i, i+2, Quote, flags|f)
				flags = 0
				i += 2
				continue
			case c == '\'':
				f := Close
				if flags&Space != 0 || i == start || isOpener(s, i) {
					f = Open
				}
				dst = push(dst, i, i+1, Quote, flags|f|Single)
				flags = 0
				i++
				continue
			case c < 0x20 || c == 0x7f:
				// A run of control characters (NULs, say) is one token.
				j := i + 1
				for j < end && (s[j] < 0x20 || s[j] == 0x7f) && !isSpaceByte(s[j]) {
					j++
				}
				dst = push(dst, i, j, Punct, flags)
				flags = 0
				i = j
				continue
			default:
				dst = push(dst, i, i+1, Punct, flags)
				flags = 0
				i++
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:end])
		switch {
		case r == utf8.RuneError && n <= 1:
			// Invalid UTF-8 is data: a run of invalid bytes is one
			// punctuation token, folded to U+FFFD.
			j := i + 1
			for j < end && s[j] >= utf8.RuneSelf {
				if r, n := utf8.DecodeRuneInString(s[j:end]); r != utf8.RuneError || n > 1 {
					break
				}
				j++
			}
			a := int32(len(tz.arena))
			tz.arena = append(tz.arena, "\ufffd"...)
			dst = push(dst, i, j, Punct, flags|Folded)
			dst[len(dst)-1].FoldStart, dst[len(dst)-1].FoldEnd = a, a+3
			flags = 0
			i = j
		case r == '\u00a0' || r == '\u2028' || r == '\u2029' || unicode.IsSpace(r):
			flags |= Space
			if isLineBreak(r) {
				flags |= NewLine
			}
			i += n
		case r == '“' || r == '‘' || r == '«' || r == '„':
			f := Open
			if r == '‘' {
				f |= Single
			}
			dst = push(dst, i, i+n, Quote, flags|f)
			flags = 0
			i += n
		case r == '”' || r == '»':
			// A right mark after a space and before a word opens a quote
			// in copy that uses one mark for both.
			f := Close
			if (flags&Space != 0 || i == start) && i+n < end && startsWord(s[i+n:end]) {
				f = Open
			}
			dst = push(dst, i, i+n, Quote, flags|f)
			flags = 0
			i += n
		case r == '’':
			f := Close
			if flags&Space != 0 || i == start {
				f = Open
			}
			dst = push(dst, i, i+n, Quote, flags|f|Single)
			flags = 0
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			j, plain := tz.word(s, i, end, abbr)
			dst = tz.emit(dst, s, i, j, flags, plain)
			flags = 0
			i = j
		default:
			dst = push(dst, i, i+n, Punct, flags)
			flags = 0
			i += n
		}
	}
	if tz.Reuse {
		tz.folded = unsafe.String(unsafe.SliceData(tz.arena), len(tz.arena))
	} else {
		tz.folded = string(tz.arena)
	}
	return dst
}

// push appends a token to dst, with no folded form in the arena (a caller
// that folds sets FoldStart and FoldEnd after). It sets the fields of the
// new element in place: a Token literal appended whole is built on the
// stack first and copied, in wider moves than its fields were written
// with, which stalls the processor.
func push(dst []Token, start, end int, kind Kind, flags uint8) []Token {
	dst = append(dst, Token{})
	t := &dst[len(dst)-1]
	t.Start, t.End = int32(start), int32(end)
	t.Kind, t.Flags = kind, flags
	return dst
}

// isOpener reports whether the straight quote at s[i] opens a quotation:
// it follows an opening bracket or a dash.
func isOpener(s string, i int) bool {
	if i == 0 {
		return true
	}
	switch s[i-1] {
	case '(', '[', '{', '-', '/':
		return true
	}
	return false
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// word returns the end of the word that starts at s[i]: letters and digits,
// joined by single apostrophes, hyphens, periods, commas between digits and
// slashes between digits; plus a final period for an abbreviation.
func (tz *Tokenizer) word(s string, i, end int, abbr *Abbrevs) (int, bool) {
	j := i
	plain := true // no capital and nothing outside ASCII: its own folded form
	for j < end {
		c := s[j]
		if 'a' <= c && c <= 'z' {
			j = lowerEnd(s, j+1, end) // the common case first
			continue
		}
		if c < utf8.RuneSelf {
			if isASCIIAlnum(c) {
				if c <= 'Z' && c >= 'A' {
					plain = false
				}
				j++
				continue
			}
			if (c == '\'' || c == '-' || c == '.' || c == ',' || c == '/' || c == ':') && j+1 < end {
				// A joiner must be followed by a word character.
				n := s[j+1]
				ok := isASCIIAlnum(n) || n >= utf8.RuneSelf && startsWord(s[j+1:end])
				if ok && (c == ',' || c == ':' || c == '/') {
					ok = j > i && isDigit(s[j-1]) && isDigit(n)
				}
				if ok {
					j++
					continue
				}
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:end])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		if isWordRune(r) {
			plain = false
			j += n
			continue
		}
		if (r == '’' || r == '‐' || r == '‑') && j+n < end && startsWord(s[j+n:end]) {
			plain = false
			j += n
			continue
		}
		break
	}
	// A plural possessive: "Sanders' aide", "officials’ views".
	if j > i && j < end && (s[j-1] == 's' || s[j-1] == 'S') && (s[j] == '\'' || s[j] == 0xe2) {
		for _, p := range [...]string{"'", "’"} {
			if k := j + len(p); k <= end && s[j:k] == p && (k == end || !startsWord(s[k:end])) {
				return k, plain && p == "'"
			}
		}
	}
	if j < end && s[j] == '.' && abbreviation(s[i:j+1], abbr) {
		j++
		// A possessive after an abbreviation: "U.S.’s".
		for _, p := range [...]string{"’s", "'s"} {
			if k := j + len(p); k <= end && s[j:k] == p && (k == end || !startsWord(s[k:end])) {
				return k, plain && p[0] == '\''
			}
		}
	}
	return j, plain
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// lowerEnd returns the end of the run of ASCII lower-case letters that
// starts at s[j], before end: eight bytes at a time where there are eight.
func lowerEnd(s string, j, end int) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	for j+8 <= end {
		w := s[j : j+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		// For a byte b below 0x80, b+0x1f has its high bit set when
		// b >= 'a', and b+0x05 when b > 'z'; neither carries into the next
		// byte. A byte of 0x80 or more is not a letter, and what its carry
		// does to the bytes after it does not matter: they come after the
		// first byte that is not one.
		letter := (x + (0x80-'a')*ones) &^ (x + (0x80-'z'-1)*ones) &^ x & high
		if other := ^letter & high; other != 0 {
			return j + bits.TrailingZeros64(other)/8
		}
		j += 8
	}
	for j < end && 'a' <= s[j] && s[j] <= 'z' {
		j++
	}
	return j
}

func startsWord(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return isASCIIAlnum(s[0])
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && isWordRune(r)
}

// abbreviation reports whether w (ending in a period) is an abbreviation:
// listed, an initial, or letters joined by periods ("U.S."), as the
// sentence splitter reads them.
func abbreviation(w string, abbr *Abbrevs) bool { return abbr.Has(w) }

// foldQuick folds w into the arena when its only non-ASCII runes are
// apostrophes and hyphens ("didn’t", "China’s"), which is most of them, and
// reports whether it did; x/text's folding is for the rest.
func (tz *Tokenizer) foldQuick(w string) bool {
	a := len(tz.arena)
	for k := 0; k < len(w); {
		c := w[k]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			tz.arena = append(tz.arena, c)
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[k:])
		switch r {
		case '’', 'ʼ', '‘':
			tz.arena = append(tz.arena, '\'')
		case '‐', '‑':
			tz.arena = append(tz.arena, '-')
		default:
			tz.arena = tz.arena[:a]
			return false
		}
		k += n
	}
	return true
}

// emit appends the word s[i:j], folding it for matching.
func (tz *Tokenizer) emit(dst []Token, s string, i, j int, flags uint8, plain bool) []Token {
	w := s[i:j]
	kind := Word
	if isDigit(w[0]) {
		kind = Number
	}
	c0 := w[0]
	if c0 < utf8.RuneSelf {
		if 'A' <= c0 && c0 <= 'Z' {
			flags |= Upper
		}
	} else if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
		flags |= Upper
	}
	if plain {
		return push(dst, i, j, kind, flags)
	}
	// ASCII with a capital, the usual case: copied into the arena and
	// lower-cased there. A word that did not change keeps pointing into
	// the text.
	a := len(tz.arena)
	ascii, changed := true, false
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			changed = true
		}
	}
	if ascii && !changed {
		return push(dst, i, j, kind, flags)
	}
	if ascii {
		tz.arena = append(tz.arena, w...)
		f := tz.arena[a:]
		for k, c := range f {
			if 'A' <= c && c <= 'Z' {
				f[k] = c + 'a' - 'A'
			}
		}
	} else if !tz.foldQuick(w) {
		if !tz.ready {
			tz.caser = cases.Fold()
			tz.ready = true
		}
		for _, r := range tz.caser.String(w) {
			switch r {
			case '’', 'ʼ', '‘':
				r = '\''
			case '‐', '‑':
				r = '-'
			}
			tz.arena = utf8.AppendRune(tz.arena, r)
		}
	}
	dst = push(dst, i, j, kind, flags|Folded)
	dst[len(dst)-1].FoldStart, dst[len(dst)-1].FoldEnd = int32(a), int32(len(tz.arena))
	return dst
}
