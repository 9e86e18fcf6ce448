// Package text splits news text into sentences and tokens, reporting byte
// offsets into the caller's original text.
package text

import (
	_ "embed"
	"fmt"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-go/hearsay"
)

//go:embed abbrev.txt
var abbrevFile string

// maxAbbrevLen is the longest abbreviation, final period included, that can
// be looked up; longer words are never abbreviations.
const maxAbbrevLen = 32

// abbrevFlags says how the sentence splitter treats a listed abbreviation.
type abbrevFlags uint8

const (
	// abbrevCapital: the entry was written with a capital ("Ill.", "Jan."),
	// so Sentences matches it only against a capitalised word.
	abbrevCapital abbrevFlags = 1 << iota
	// abbrevFinal: the abbreviation ends a sentence whenever a plausible
	// sentence start follows it ("etc.").
	abbrevFinal
	// abbrevNumber: the word is an abbreviation only before a number
	// ("No. 2").
	abbrevNumber
	// abbrevPlace: a state or province, which ends a sentence before any
	// sentence start when it follows a comma ("Scranton, Pa. Sure").
	abbrevPlace
)

// Abbrevs is an immutable set of abbreviations, each stored lower-cased with
// its final period ("mr.", "u.s.", "jan.", "no."). It is safe for concurrent
// use.
//
// Besides its entries, a set always counts as abbreviations a single capital
// letter with a period (an initial, "B.") and single letters joined by
// periods ("F.B.I.", "U.S.", "N.Y.P.D.").
type Abbrevs struct {
	m map[string]abbrevFlags
	// maybe has a bit set for the filterHash of every key of m: most words
	// before a period are not abbreviations, and a clear bit says so without
	// a map lookup.
	maybe [abbrevFilterBits / 64]uint64
}

// abbrevFilterBits is the size of Abbrevs.maybe: a few hundred entries set
// about one bit in twenty.
const abbrevFilterBits = 4096

// filterHash hashes key, as abbrevKey makes it (at least two bytes, the
// last a period), into Abbrevs.maybe.
func filterHash(key []byte) uint32 {
	n := len(key)
	h := uint32(n)*0x9e3779b1 ^ uint32(key[0])<<16 ^ uint32(key[n-2])<<8 ^ uint32(key[1])
	h *= 0x85ebca6b
	return h >> (32 - 12) // 12 bits: abbrevFilterBits
}

// index sets a.maybe from the keys of a.m.
func (a *Abbrevs) index() {
	a.maybe = [abbrevFilterBits / 64]uint64{}
	for k := range a.m {
		h := filterHash([]byte(k))
		a.maybe[h/64] |= 1 << (h % 64)
	}
}

// lookup returns the flags of key, made by abbrevKey, and whether a lists it.
func (a *Abbrevs) lookup(key []byte) (abbrevFlags, bool) {
	if h := filterHash(key); a.maybe[h/64]&(1<<(h%64)) == 0 {
		return 0, false
	}
	f, ok := a.m[string(key)]
	return f, ok
}

var defaultAbbrevs = sync.OnceValue(func() *Abbrevs {
	a, err := parseAbbrevs(abbrevFile)
	if err != nil {
		panic(err) // the embedded file is broken; TestAbbrevFile says where
	}
	return a
})

// DefaultAbbrevs returns the built-in set, loaded once from the embedded
// abbrev.txt. Its entries match case-insensitively in Has; in Sentences an
// entry listed with a capital ("Ill.", "Jan.", "Inc.") matches only a word
// that starts with a capital, so "ill." at the end of a sentence ends it.
func DefaultAbbrevs() *Abbrevs { return defaultAbbrevs() }

// parseAbbrevs reads the format of abbrev.txt.
func parseAbbrevs(file string) (*Abbrevs, error) {
	a := &Abbrevs{m: make(map[string]abbrevFlags, 256)}
	line := 0
	for l := range strings.Lines(file) {
		line++
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		fields := strings.Fields(l)
		var buf [maxAbbrevLen]byte
		key, ok := abbrevKey(&buf, fields[0])
		if !ok || !strings.HasSuffix(fields[0], ".") {
			return nil, fmt.Errorf("text: abbrev.txt:%d: %q is not letters and periods ending in a period, at most %d bytes", line, fields[0], maxAbbrevLen)
		}
		var f abbrevFlags
		if isUpperASCII(fields[0][0]) {
			f |= abbrevCapital
		}
		for _, x := range fields[1:] {
			switch x {
			case "final":
				f |= abbrevFinal
			case "number":
				f |= abbrevNumber
			case "place":
				f |= abbrevPlace
			default:
				return nil, fmt.Errorf("text: abbrev.txt:%d: unknown field %q", line, x)
			}
		}
		if _, dup := a.m[string(key)]; dup {
			return nil, fmt.Errorf("text: abbrev.txt:%d: %q listed twice", line, fields[0])
		}
		a.m[string(key)] = f
	}
	a.index()
	return a, nil
}

// abbrevKey lower-cases w into buf and adds a final period if w lacks one.
// It reports false if w is empty, too long, or holds anything but ASCII
// letters and periods.
func abbrevKey(buf *[maxAbbrevLen]byte, w string) ([]byte, bool) {
	n := len(w)
	if n > 0 && w[n-1] != '.' {
		n++
	}
	if len(w) == 0 || n > len(buf) {
		return nil, false
	}
	letters := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z':
			letters = true
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			letters = true
		case c == '.':
		default:
			return nil, false
		}
		buf[i] = c
	}
	buf[n-1] = '.'
	return buf[:n], letters
}

// With returns a new set holding a's entries plus extra, each like "Gov." or
// "approx.": case-insensitive, the final period optional. Entries added by
// With match in any case, in Sentences as well. Entries that cannot be a
// word of text (empty, longer than 32 bytes, or holding anything but ASCII
// letters and periods) are ignored. A nil a means DefaultAbbrevs().
func (a *Abbrevs) With(extra ...string) *Abbrevs {
	if a == nil {
		a = DefaultAbbrevs()
	}
	b := &Abbrevs{m: make(map[string]abbrevFlags, len(a.m)+len(extra))}
	for k, f := range a.m {
		b.m[k] = f
	}
	var buf [maxAbbrevLen]byte
	for _, e := range extra {
		key, ok := abbrevKey(&buf, strings.TrimSpace(e))
		if !ok {
			continue
		}
		b.m[string(key)] &^= abbrevCapital
	}
	b.index()
	return b
}

// Has reports whether word, such as "Mr." or "mr.", is an abbreviation:
// listed in a (case-insensitively; the final period is optional), an initial
// ("B."), or single letters joined by periods ("F.B.I."). A nil a means
// DefaultAbbrevs(). Has does not allocate.
func (a *Abbrevs) Has(word string) bool {
	if a == nil {
		a = DefaultAbbrevs()
	}
	var buf [maxAbbrevLen]byte
	key, ok := abbrevKey(&buf, word)
	if !ok {
		return false
	}
	if len(word) == len(key) && isInitialOrDotted(word) {
		return true
	}
	_, ok = a.lookup(key)
	return ok
}

// match looks up w, a word of ASCII letters and periods ending in a period,
// as Sentences does: an entry listed with a capital needs a capitalised w.
func (a *Abbrevs) match(w string) (abbrevFlags, bool) {
	var buf [maxAbbrevLen]byte
	if key, ok := abbrevKey(&buf, w); ok {
		if f, ok := a.lookup(key); ok && (f&abbrevCapital == 0 || isUpperASCII(w[0])) {
			return f, true
		}
	}
	return 0, isInitialOrDotted(w)
}

// isInitialOrDotted reports whether w, ending in a period, is a capital
// initial ("B.") or single letters joined by periods ("U.S.", "e.g.").
func isInitialOrDotted(w string) bool {
	if len(w) == 2 {
		return isUpperASCII(w[0]) && w[1] == '.'
	}
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if !isLetterASCII(w[i]) || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// Byte classes for the main loop of Sentences.
const (
	clText  uint8 = iota // any other byte: part of a sentence
	clSpace              // ' ', '\t'
	clBreak              // '\n', '\v', '\f', '\r': a line, so a paragraph, ends
	clStop               // '.', '!', '?'
	clMulti              // first byte of a rune that may be white space or '…'
)

var sentenceClass = [256]uint8{
	' ': clSpace, '\t': clSpace,
	'\n': clBreak, '\v': clBreak, '\f': clBreak, '\r': clBreak,
	'.': clStop, '!': clStop, '?': clStop,
	// U+0085, U+00A0; U+1680; U+2000-U+200A, U+2026, U+2028, U+2029,
	// U+202F, U+205F; U+3000.
	0xC2: clMulti, 0xE1: clMulti, 0xE2: clMulti, 0xE3: clMulti,
}

// runEnd returns the end of the run of bytes of class clText and clSpace
// that starts at s[i]. It reads eight bytes at a time, looking for any that
// might be of another class (below 0x0e, '.', '!', '?', or 0x80 and above),
// and then decides on that one byte.
func runEnd(s string, i int) int {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	for {
		for i+8 <= len(s) {
			w := s[i : i+8]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			// Each term flags its first matching byte exactly (a borrow
			// reaches only the bytes after it), so the lowest flag of
			// them all is the first byte that matches any.
			dot, bang, q := x^('.'*ones), x^('!'*ones), x^('?'*ones)
			m := ((x-0x0e*ones)&^x | x | (dot-ones)&^dot | (bang-ones)&^bang | (q-ones)&^q) & high
			if m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		if i < len(s) {
			if c := sentenceClass[s[i]]; c == clText || c == clSpace {
				i++
				continue
			}
		}
		return i
	}
}

// isLineBreak reports whether r ends a paragraph: '\n', '\v', '\f', '\r',
// U+0085 NEXT LINE, U+2028 LINE SEPARATOR or U+2029 PARAGRAPH SEPARATOR.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\v', '\f', '\r', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// Sentences appends to dst the spans of the sentences of s and returns the
// extended slice. A nil abbr means DefaultAbbrevs().
//
// Each span runs from the first to past the last non-space byte of its
// sentence (closing quotes and brackets included); white space between
// sentences belongs to none. Every non-space byte of s lies in exactly one
// span, spans are in order and non-empty, and their ends fall on rune
// boundaries as "for range s" sees them (a stray byte of invalid UTF-8 is a
// rune of its own). White space is what unicode.IsSpace says.
//
// A sentence ends:
//   - at every line break ('\n', '\r', "\r\n", '\v', '\f', U+0085, U+2028,
//     U+2029): each line of news text is a paragraph;
//   - after '.', '!', '?', '…' or "..." and any closing quotes and brackets,
//     when white space and a plausible sentence start follow: an upper-case
//     or uncased letter, a digit, an opening quote or bracket, a dash or a
//     currency sign. A lower-case word never starts a sentence, so in
//     “Why now?” he asked. the question mark ends nothing.
//
// A period after an abbreviation (see Abbrevs) ends a sentence only before a
// capitalised function word ("the U.S. The next day", "Apple Inc. But").
// abbrev.txt refines this: "etc." and a state after a comma ("Scranton,
// Pa. Sure") end a sentence before any sentence start, and "No." is an
// abbreviation only before a digit ("No. 2"). A number of at most three
// digits with a period at the start of a sentence or after a colon is a
// list marker ("1. Mix the flour"), not a sentence.
//
// Sentences runs in time linear in len(s) and allocates only to grow dst.
func Sentences(s string, abbr *Abbrevs, dst []hearsay.Span) []hearsay.Span {
	if abbr == nil {
		abbr = DefaultAbbrevs()
	}
	start, end := -1, 0 // the open sentence, if start >= 0, and its end so far
	for i := 0; i < len(s); {
		switch sentenceClass[s[i]] {
		case clText:
			if start < 0 {
				start = i
			}
			// Text and spaces run on to a stop, a line break or a rune
			// of more than one byte; the sentence so far ends at the last
			// text byte.
			from := i
			i = runEnd(s, i+1)
			end = i
			for end > from && (s[end-1] == ' ' || s[end-1] == '\t') {
				end--
			}
			continue
		case clSpace:
			i++
			continue
		case clBreak:
			if start >= 0 {
				dst = append(dst, hearsay.Span{Start: start, End: end})
				start = -1
			}
			i++
			continue
		case clStop:
		case clMulti:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == '…':
			case isLineBreak(r):
				if start >= 0 {
					dst = append(dst, hearsay.Span{Start: start, End: end})
					start = -1
				}
				i += size
				continue
			case unicode.IsSpace(r):
				i += size
				continue
			default:
				if start < 0 {
					start = i
				}
				i += size
				end = i
				continue
			}
		}
		// s[i] is '.', '!', '?' or '…'.
		if start < 0 {
			start = i
		}
		j, split := sentenceEnd(s, i, start, abbr)
		if split {
			dst = append(dst, hearsay.Span{Start: start, End: j})
			start = -1
		}
		end, i = j, j
	}
	if start >= 0 {
		dst = append(dst, hearsay.Span{Start: start, End: end})
	}
	return dst
}

// sentenceEnd looks at the terminal punctuation that starts at s[i], in the
// sentence that starts at s[start]. It returns the end j of the punctuation
// and the closing quotes and brackets after it, and whether the sentence
// ends at j. It reads a bounded number of bytes before i and after the
// white space that follows j, so Sentences stays linear.
func sentenceEnd(s string, i, start int, abbr *Abbrevs) (j int, split bool) {
	periods, strong := 0, false
	j = i
run:
	for j < len(s) {
		switch s[j] {
		case '.':
			periods++
			j++
		case '!', '?':
			strong = true
			j++
		case '"', '\'', ')', ']', '}':
			j++
		case 0xC2: // » U+00BB
			if j+1 < len(s) && s[j+1] == 0xBB {
				j += 2
				continue
			}
			break run
		case 0xE2:
			if j+2 < len(s) && s[j+1] == 0x80 {
				switch s[j+2] {
				case 0xA6: // … U+2026
					strong = true
					j += 3
					continue
				case 0x99, 0x9D, 0xBA: // ’ ” ›
					j += 3
					continue
				}
			}
			break run
		default:
			break run
		}
	}

	// White space, without a line break, then the next word at s[k].
	k := j
	for k < len(s) {
		c := s[k]
		if c == ' ' || c == '\t' {
			k++
			continue
		}
		if sentenceClass[c] == clBreak {
			return j, false // the line break ends the sentence
		}
		if sentenceClass[c] != clMulti {
			break
		}
		r, size := utf8.DecodeRuneInString(s[k:])
		if isLineBreak(r) {
			return j, false
		}
		if !unicode.IsSpace(r) {
			break
		}
		k += size
	}
	if k == j || k == len(s) || !startsSentence(s[k:]) {
		return j, false
	}
	if strong || periods > 1 {
		return j, true // '!', '?', an ellipsis
	}

	// One period: the word before it decides.
	b := i
	for b > 0 && i-b < maxAbbrevLen-1 && (isLetterASCII(s[b-1]) || s[b-1] == '.') {
		b--
	}
	if b > 0 && (isLetterASCII(s[b-1]) || s[b-1] == '.') {
		return j, true // too long to be an abbreviation
	}
	for b < i && s[b] == '.' {
		b++
	}
	if b == i {
		return j, !isListMarker(s, i, start)
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:b]); b > 0 && (isDigitASCII(s[b-1]) || unicode.IsLetter(r) || unicode.IsMark(r)) {
		return j, true // "café." or "3D."
	}
	f, ok := abbr.match(s[b : i+1])
	switch {
	case !ok, f&abbrevFinal != 0:
		return j, true
	case f&abbrevPlace != 0 && afterComma(s, b):
		return j, true
	case f&abbrevNumber != 0:
		return j, !isDigitASCII(s[k])
	}
	return j, isFunctionWord(s[k:])
}

// afterComma reports whether a comma and white space come just before s[b].
func afterComma(s string, b int) bool {
	p := b
	for p > 0 && b-p < 4 && (s[p-1] == ' ' || s[p-1] == '\t') {
		p--
	}
	return p < b && p > 0 && s[p-1] == ','
}

// isListMarker reports whether the period at s[i] follows a number of at
// most three digits that starts the sentence or follows a colon, as in
// "1. Mix the flour" or "Steps: 1. Mix".
func isListMarker(s string, i, start int) bool {
	d := i
	for d > start && i-d <= 3 && isDigitASCII(s[d-1]) {
		d--
	}
	if d == i || i-d > 3 {
		return false
	}
	if d == start {
		return true
	}
	p := d
	for p > start && d-p < 8 && (s[p-1] == ' ' || s[p-1] == '\t') {
		p--
	}
	return p < d && p > start && s[p-1] == ':'
}

// startsSentence reports whether s, which starts with a non-space rune, can
// start a sentence: an upper-case or uncased letter, a digit, an opening
// quote or bracket, a dash or a currency sign.
func startsSentence(s string) bool {
	c := s[0]
	if c < utf8.RuneSelf {
		switch {
		case isUpperASCII(c), isDigitASCII(c):
			return true
		}
		switch c {
		case '"', '\'', '(', '[', '{', '-', '$':
			return true
		}
		return false
	}
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r == utf8.RuneError && size <= 1, unicode.IsLower(r):
		return false
	case unicode.IsLetter(r), unicode.IsDigit(r):
		return true // upper, title or uncased
	case r == '¿', r == '¡':
		return true
	}
	return unicode.In(r, unicode.Ps, unicode.Pi, unicode.Pd, unicode.Sc)
}

//go:embed function.txt
var functionFile string

// functionWords are capitalised words that clearly start a sentence, even
// after an abbreviation: "the U.S. The next day". maxFunctionWord is the
// length of the longest.
var functionWords, maxFunctionWord = func() (map[string]struct{}, int) {
	m := make(map[string]struct{})
	longest := 0
	for line := range strings.Lines(functionFile) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for w := range strings.FieldsSeq(line) {
			m[w] = struct{}{}
			longest = max(longest, len(w))
		}
	}
	return m, longest
}()

// isFunctionWord reports whether s starts with one of functionWords, as a
// whole word: "It’s" does, "It." and "Item" do not.
func isFunctionWord(s string) bool {
	e := 0
	for e < len(s) && e <= maxFunctionWord && isLetterASCII(s[e]) {
		e++
	}
	if e == 0 || e > maxFunctionWord {
		return false
	}
	if e < len(s) {
		if c := s[e]; c < utf8.RuneSelf {
			if c == '.' || c == '-' || isDigitASCII(c) {
				return false
			}
		} else if r, _ := utf8.DecodeRuneInString(s[e:]); unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) {
			return false
		}
	}
	_, ok := functionWords[s[:e]]
	return ok
}

func isUpperASCII(c byte) bool  { return 'A' <= c && c <= 'Z' }
func isLetterASCII(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isDigitASCII(c byte) bool  { return '0' <= c && c <= '9' }
