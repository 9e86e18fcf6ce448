package claim

import (
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/hearsay-go/hearsay/internal/text"
)

// The quantities a claim states: their values, what they count, and how
// the claim qualifies them ("about", "more than").

// A number is a quantity the claim states: "30-page", "10%", "two".
type number struct {
	value float64
	unit  string // lemma of what is counted, "%" or "$"; "" when unknown
	word  int32
	bound bound // how the claim qualifies it: "about", "more than", "nearly"
	// ordinal marks a number of place, not of count: "third", "12th".
	ordinal bool
}

// A bound says how a claim qualifies a number.
type bound uint8

const (
	exactly bound = iota // "40"
	about                // "about 40", "roughly", "closer to"
	atLeast              // "more than 40", "over", "at least"
	atMost               // "fewer than 40", "under", "up to"
	nearly               // "nearly 40", "almost": a little less
)

// interval returns the values a number so qualified allows: within 10%
// of an exact number, 20% of one given as "about".
func (n number) interval() (lo, hi float64) {
	x := n.value
	switch n.bound {
	case about:
		return x - 0.2*math.Abs(x), x + 0.2*math.Abs(x)
	case atLeast:
		return x, math.Inf(1)
	case atMost:
		return math.Inf(-1), x
	case nearly:
		return x - 0.15*math.Abs(x), x
	}
	return x - 0.1*math.Abs(x), x + 0.1*math.Abs(x)
}

// number reads the last word, from token t, as a number when it is one:
// "30", "two", "third", "$5", "30-page".
func (r *reader) number(t *text.Token) {
	f := r.f
	last := &f.words[len(f.words)-1]
	n, unit, ok := parseNumber(r.l, f.text, t, last.fold, last.class)
	if !ok {
		return
	}
	last.flags |= fNumber
	if k := len(f.nums) - 1; unit == "" && k >= 0 && int(f.nums[k].word) == len(f.words)-2 && last.class&wMultiplier != 0 {
		// "$25 million", "2.3 million", "three hundred": one quantity,
		// the number before this word times it; the word is no term of
		// its own.
		p := &f.nums[k]
		p.value *= n
		if prev := &f.words[p.word]; isValueTerm(prev.lemma) {
			prev.lemma = valueTerm(p.value)
		}
		last.flags &^= fContent | fNumber
		return
	}
	if unit == "" && last.class&wLoose == 0 {
		// "two", "third", "3rd": the term is the value.
		last.lemma = valueTerm(n)
		if k := len(f.alts) - 1; k >= 0 && int(f.alts[k].word) == len(f.words)-1 {
			f.alts = f.alts[:k] // its other base form is now its value's
		}
		e := r.in[last.lemma]
		last.base = e.class
		if !r.in[last.fold].valued {
			last.valence = e.valence // its fold's valence, if it has one, stands
		}
		last.opens &^= 2 | 4 // of its lemma and its alt, now its value
		if e.opens {
			last.opens |= 2
		}
		last.pairEnd = e.pairEnd
	}
	if r.dollar == len(f.words)-1 {
		unit = "$" // "$40": the mark is punctuation, no word
	}
	f.nums = append(f.nums, number{value: n, unit: unit, word: int32(len(f.words) - 1), bound: f.boundAt(len(f.words) - 2),
		ordinal: isOrdinal(last.fold)})
}

// isOrdinal reports whether a number, its word or token folded, is an
// ordinal: "first", "third", "fifth", "12th", "3rd". No cardinal word
// ends in "th".
func isOrdinal(fold string) bool {
	switch fold {
	case "first", "second", "third":
		return true
	}
	if strings.HasSuffix(fold, "th") {
		return true
	}
	for _, suf := range [...]string{"st", "nd", "rd"} {
		if body, ok := strings.CutSuffix(fold, suf); ok && body != "" && isDigit(body[len(body)-1]) {
			return true
		}
	}
	return false
}

// isValueTerm reports whether a word's lemma is its number's value (see
// valueTerm), not a word: "25", not "first".
func isValueTerm(lemma string) bool {
	_, err := strconv.ParseFloat(lemma, 64)
	return err == nil
}

// boundAt reads how the words that end at k qualify the number after
// them ("about", "more than", "at most", "closer to"), and takes the
// qualifying words out of the claim's content terms.
func (f *Features) boundAt(k int) bound {
	if k < 0 {
		return exactly
	}
	ws := f.words
	w := &ws[k]
	prev := ""
	if k > 0 {
		prev = ws[k-1].fold
	}
	b, n := exactly, 1
	switch w.fold {
	case "about", "around", "roughly", "approximately", "some", "circa", "estimated":
		b = about
	case "nearly", "almost":
		b = nearly
	case "over", "above", "exceeding":
		b = atLeast
	case "under", "below":
		b = atMost
	case "to":
		switch prev {
		case "close", "closer":
			b, n = about, 2
		case "up":
			b, n = atMost, 2
		}
	case "least":
		if prev == "at" {
			b, n = atLeast, 2
		}
	case "most":
		if prev == "at" {
			b, n = atMost, 2
		}
	case "than":
		switch prev {
		case "more", "greater", "higher", "larger":
			b, n = atLeast, 2
		case "less", "fewer", "lower", "smaller":
			b, n = atMost, 2
		}
	}
	if b != exactly {
		for j := k - n + 1; j <= k; j++ {
			ws[j].flags &^= fContent
		}
	}
	return b
}

// parseNumber reads a number token ("30-page", "20,000", "3.5") or a
// number word ("two").
func parseNumber(l *vocabulary, s string, t *text.Token, fold string, c wordClass) (float64, string, bool) {
	if c&wNumber != 0 {
		return l.num[fold], "", true
	}
	if t.Kind != text.Number {
		return 0, "", false
	}
	w := s[t.Start:t.End]
	end := 0
	for end < len(w) && (isDigit(w[end]) || w[end] == ',' || w[end] == '.' && end+1 < len(w) && isDigit(w[end+1])) {
		end++
	}
	v, ok := wholeNumber(w[:end])
	if !ok {
		var err error
		if v, err = strconv.ParseFloat(strings.ReplaceAll(w[:end], ",", ""), 64); err != nil {
			return 0, "", false
		}
	}
	unit := ""
	if end < len(w) && w[end] == '-' {
		unit, _ = lemmasOf(strings.ToLower(w[end+1:]))
	} else if end < len(w) {
		switch suf := strings.ToLower(w[end:]); suf {
		case "st", "nd", "rd", "th": // an ordinal: "12th man", the unit follows
		case "s": // a decade: "1970s", "70s"
			return 0, "", false
		default:
			unit = suf // "10m", "5ft"
		}
	}
	return v, unit, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// wholeNumber reads s, digits with commas between them ("4,096"), as the
// whole number strconv.ParseFloat gives for it without its commas, with
// no copy made; ok is false for anything else, or a number of more than
// 15 digits.
func wholeNumber(s string) (v float64, ok bool) {
	if s == "" || s[0] == ',' || s[len(s)-1] == ',' {
		return 0, false
	}
	n, digits := int64(0), 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isDigit(c):
			n = n*10 + int64(c-'0')
			digits++
		case c == ',' && s[i-1] != ',':
		default:
			return 0, false
		}
	}
	if digits > 15 {
		return 0, false
	}
	return float64(n), true
}

// units gives each number without a unit the content word after it.
func (f *Features) units() {
	for i := range f.nums {
		n := &f.nums[i]
		if n.unit != "" {
			continue
		}
		for j := int(n.word) + 1; j < len(f.words) && j <= int(n.word)+3; j++ {
			w := &f.words[j]
			if w.fold == "percent" {
				n.unit = "%"
				break
			}
			if w.flags&fNumber != 0 {
				break // "20,000 for third breast": the next number's
			}
			if w.flags&fContent != 0 {
				n.unit = w.lemma
				break
			}
		}
	}
}

// valueTerm is the term of a number: its value, so that "two", "2" and
// "2.0" meet.
func valueTerm(v float64) string {
	if v >= 0 && v < smallValues && v == math.Trunc(v) {
		return smallValueTerms()[int(v)] // the commonest numbers, made once
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// smallValues is how many of the numbers from 0 up have their terms made
// once (see smallValueTerms).
const smallValues = 10_000

var smallValueTerms = sync.OnceValue(func() []string {
	t := make([]string, smallValues)
	for i := range t {
		t[i] = strconv.FormatFloat(float64(i), 'g', -1, 64)
	}
	return t
})

// numberAt returns the number that word i of f gives, if any.
func (f *Features) numberAt(i int) (number, bool) {
	for _, n := range f.nums {
		if int(n.word) == i {
			return n, true
		}
	}
	return number{}, false
}
