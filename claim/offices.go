package claim

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// Offices: an article names its people by the offices they hold as well
// as by their names. "SEC Chair Mary Jo White" in its text makes "the SEC
// chief" and "the head of the Securities and Exchange Commission" name
// White, so that a claim urging Obama "to fire the SEC chief" speaks
// against her (see readSides), as one urging him to fire White does. An
// office names its holder only where one person of the article holds it:
// "the FBI director" names no one in an article with two FBI directors,
// and "Wells Fargo's chief" no one in an article whose people hold no
// office at Wells Fargo.

// An office is one that a person source of the article holds: a folded
// word of its body's name, or the body's acronym, and its title.
type office struct {
	src     int32
	body    string // its body's folded name words, space-separated: "securities exchange commission"
	acronym string // and their initials, where they are two or more: "sec"
	title   string // folded, the chair's titles read as "chair"
}

// maxOfficeRun is the longest run of capitalized words read for an
// office before a name: "Securities and Exchange Commission Chair Mary Jo
// White".
const maxOfficeRun = 10

// readOffices returns the offices of the article's named people, from
// each one's title ("FBI Director") and from runs of capitalized words in
// its claims that end in one's name ("SEC Chair Mary Jo White"), read from
// the claims' words. keys maps a
// folded name word to the sources it names.
func (art *article) readOffices(keys map[string][]int32) []office {
	var out []office
	add := func(src int32, run []string) {
		// The last office word is the title; the capitalized words before
		// it name the body. A deputy's office is not the body's.
		h := -1
		for k, w := range run {
			if lex().class[w]&wOffice != 0 {
				h = k
			}
		}
		if h <= 0 {
			return
		}
		for _, w := range run[:h] {
			if otherHolder(w) {
				return
			}
		}
		// Each tail of the words before it may be the body: a run of
		// capitalized words may open on others ("Warren Calls SEC Chair
		// Mary Jo White" in a headline).
		for k := h - 1; k >= 0; k-- {
			words, acronym := bodyWords(run[k:h])
			if len(words) == 0 || isLinkWord(run[k]) {
				continue
			}
			o := office{src: src, body: strings.Join(words, " "), acronym: acronym, title: titleOf(run[h])}
			if !slices.Contains(out, o) {
				out = append(out, o)
			}
		}
	}
	for k, s := range art.srcs {
		if s.Kind == source.Named && s.Entity == source.Person && s.Title != "" {
			add(int32(k), foldedWords(s.Title))
		}
	}
	// Runs of capitalized words in the claims, each ending in a name. A
	// name that is none of the article's sources holds its office too, so
	// that the office names no one ("FBI Director Robert Mueller" beside
	// "FBI Director James Comey").
	var run []string
	for _, f := range art.fs {
		offices, held := 0, false
		ended := func() {
			if n := len(run); !held && n >= 3 && offices > 0 && !isLinkWord(run[n-1]) && lex().class[run[n-1]]&wOffice == 0 {
				add(-1, run[:n-1])
			}
		}
		run = run[:0]
		for i := range f.words {
			w := &f.words[i]
			link := isLinkWord(w.fold)
			if !link && !isCapitalized(f.text[w.start:w.end]) || i > 0 && !f.joined(i-1) {
				ended()
				run, offices = run[:0], 0
				if !link && !isCapitalized(f.text[w.start:w.end]) {
					continue
				}
			} else if link {
				ended()
			}
			held = false
			if len(run) == maxOfficeRun {
				if lex().class[run[0]]&wOffice != 0 {
					offices--
				}
				run = append(run[:0], run[1:]...)
			}
			fold := text.Unpossessed(w.fold)
			run = append(run, fold)
			if w.class&wOffice != 0 {
				offices++
			}
			if len(run) < 3 || offices == 0 {
				continue
			}
			for _, k := range keys[fold] {
				if s := art.srcs[k]; s.Kind == source.Named && s.Entity == source.Person {
					add(k, run[:len(run)-1])
					held = true
				}
			}
		}
		ended()
	}
	return out
}

// anyOfficeWord reports whether a claim of the article has a word for an
// office, which readOffices is read for.
func (art *article) anyOfficeWord() bool {
	for _, f := range art.fs {
		for i := range f.words {
			if f.words[i].class&wOffice != 0 && f.words[i].flags&fContent != 0 {
				return true
			}
		}
	}
	return false
}

// officeHolder returns the source that the office word i of f names, by
// the body named just before it ("SEC chief", "the SEC's chair") or after
// it ("head of the Securities and Exchange Commission"), where one person
// of the article holds that office; or -1.
func (f *Features) officeHolder(i int, offices []office) int32 {
	w := &f.words[i]
	if w.class&wOffice == 0 || i > 0 && otherHolder(f.words[i-1].fold) {
		return -1
	}
	var body []string
	acronym := ""
	for k := i - 1; k >= 0 && k >= i-4 && f.joined(k) && isCapitalized(f.text[f.words[k].start:f.words[k].end]); k-- {
		body = append(body, text.Unpossessed(f.words[k].fold))
	}
	if k := i + 1; k+1 < len(f.words) && f.words[k].fold == "of" && f.joined(i) && f.joined(k) {
		k++
		if f.words[k].fold == "the" && k+1 < len(f.words) && f.joined(k) {
			k++
		}
		var after []string
		for ; k < len(f.words) && len(after) < 6; k++ {
			x := f.text[f.words[k].start:f.words[k].end]
			if !isCapitalized(x) && !isLinkWord(x) {
				break
			}
			after = append(after, f.words[k].fold)
			if k+1 < len(f.words) && !f.joined(k) {
				break
			}
		}
		var words []string
		words, acronym = bodyWords(after)
		body = append(body, words...)
	}
	top := w.class&wOfficeTop != 0
	title := titleOf(w.fold)
	holder, seen := int32(-1), false
	for _, o := range offices {
		if (top || o.title == title) && o.namedIn(body, acronym) {
			if seen && holder != o.src {
				return -1 // two people hold it: it names neither
			}
			holder, seen = o.src, true
		}
	}
	return holder
}

// ousts reports whether word k of f is the object of a verb that removes
// a person from an office, with only determiners and names between: "to
// fire the SEC chief", "replace White".
func (f *Features) ousts(k int32) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := &f.words[j]
		if w.base&wOust != 0 {
			return true
		}
		if w.class&wDet == 0 && !isCapitalized(f.text[w.start:w.end]) {
			return false
		}
	}
	return false
}

// namedIn reports whether a body named by words, with the acronym they
// make, is o's: it has all o's name words, or o's acronym ("SEC chief" for
// the "Securities and Exchange Commission Chair"), or its acronym is o's
// one word ("the head of the Securities and Exchange Commission" for the
// "SEC Chair"). One word of a longer name is not enough: the "Democratic
// National Committee" is not the "Florida Democratic Party".
func (o *office) namedIn(words []string, acronym string) bool {
	if o.acronym != "" && slices.Contains(words, o.acronym) || acronym != "" && acronym == o.body {
		return true
	}
	for w := range strings.FieldsSeq(o.body) {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// joined reports whether words k and k+1 of f are separated by spaces
// alone.
func (f *Features) joined(k int) bool {
	if k+1 >= len(f.words) {
		return false
	}
	return strings.TrimSpace(f.text[f.words[k].end:f.words[k+1].start]) == ""
}

// bodyWords returns the folded words of a body's name that an office may
// be known by, without its links and office words, and its acronym where
// it has two words or more ("sec" for "securities and exchange
// commission"), else "".
func bodyWords(run []string) (words []string, acronym string) {
	var b strings.Builder
	for _, w := range run {
		if w == "" || isLinkWord(w) || w == "the" {
			continue
		}
		b.WriteByte(w[0])
		if lex().class[w]&wOffice == 0 {
			words = append(words, w)
		}
	}
	if b.Len() >= 2 {
		acronym = b.String()
	}
	return words, acronym
}

// titleOf folds an office word to its title: the chair's titles
// ("chairman", "chairwoman") to "chair".
func titleOf(w string) string {
	if strings.HasPrefix(w, "chair") {
		return "chair"
	}
	return w
}

// otherHolder reports whether w makes the office after it another one,
// or its holder another person: "Deputy Director", "vice chairman", "the
// former chairwoman".
func otherHolder(w string) bool {
	switch foldWord(w) {
	case "deputy", "vice", "assistant", "associate", "former", "ex":
		return true
	}
	return false
}

// isLinkWord reports whether w joins the capitalized words of a name:
// "and", "of", "for" in "Securities and Exchange Commission".
func isLinkWord(w string) bool {
	switch w {
	case "and", "of", "for", "&":
		return true
	}
	return false
}

// foldInto appends w folded as foldWord folds it to dst: lower case, with
// a straight apostrophe.
func foldInto(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r == '’' {
			r = '\''
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// foldedWords returns the folded words of a phrase, without their
// punctuation.
func foldedWords(phrase string) []string {
	var out []string
	for w := range strings.FieldsSeq(phrase) {
		if w = strings.Trim(w, ".,;:()\"“”"); w != "" {
			out = append(out, text.Unpossessed(foldWord(w)))
		}
	}
	return out
}
