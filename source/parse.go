package source

import (
	"embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	lexfile "github.com/hearsay-go/hearsay/internal/lexicon"
	"github.com/hearsay-go/hearsay/internal/text"
)

// The lexicons, read in this order: nouns and function words, titles,
// affiliations, and the words that open a basis or a reason for anonymity.
//
//go:embed nouns.txt titles.txt affiliations.txt bases.txt
var lexiconFiles embed.FS

var lexiconNames = [...]string{"nouns.txt", "titles.txt", "affiliations.txt", "bases.txt"}

// A vocabulary is Parse's word lists, read from the files of
// lexiconNames.
type vocabulary struct {
	class   map[string]uint16 // word → class bits
	count   map[string]int
	aff     map[string]string   // word or two words → normal form
	phrases map[string][]marker // first word → the phrases it opens
}

// A marker is a phrase of several words that opens a basis or a reason for
// anonymity: "close to", "on condition of anonymity".
type marker struct {
	rest  []string // the words after the first
	class uint16   // cBasis or cAnon
}

const (
	cDoc     uint16 = 1 << iota
	cPerson         // a noun for one person
	cGroup          // a noun for several people
	cOrg            // a common noun for a body: "ministry"
	cName           // a word that names a body by itself: "Reuters"
	cBasis          // opens a basis: "familiar"
	cAnon           // opens a reason for anonymity: "because"
	cTitle          // a title before a name
	cPrep           // a preposition or relative pronoun that ends the head
	cPost           // a participle or time word that ends the head after a noun
	cJoin           // a preposition that may join the words of a name
	cPhrase         // the first word of a marker phrase
	cAffPair        // the first word of a two-word affiliation: "white"
	cDet            // a determiner: "the", "his"
	cLink           // links a basis or reason to what follows: "who", "and"
	cHon            // an honorific, which is no title: "Mr.", "Ms."

	cNoun = cDoc | cPerson | cGroup | cOrg | cName
)

var lex = sync.OnceValue(func() *vocabulary {
	l := &vocabulary{class: map[string]uint16{}, count: map[string]int{}, aff: map[string]string{},
		phrases: map[string][]marker{}}
	bits := map[string]uint16{"doc": cDoc, "person": cPerson, "group": cGroup, "org": cOrg, "name": cName,
		"basis": cBasis, "anon": cAnon, "title": cTitle, "prep": cPrep, "post": cPost, "join": cJoin,
		"det": cDet, "link": cLink, "hon": cHon}
	for _, file := range lexiconNames {
		b, err := lexiconFiles.ReadFile(file)
		if err != nil {
			panic("source: " + err.Error()) // the files are embedded: a build error
		}
		l.read(string(b), bits)
	}
	return l
})

// read adds the entries of one lexicon file.
func (l *vocabulary) read(file string, bits map[string]uint16) {
	for line := range lexfile.ClassLines(file) {
		name := line.Class
		if _, ok := bits[name]; !ok && name != "count" && name != "aff" {
			panic(fmt.Sprintf("source: a lexicon: line %d: unknown word class %q", line.Line, name)) // embedded: a build error
		}
		for _, w := range line.Words {
			switch name {
			case "count":
				k, v, _ := strings.Cut(w, "=")
				l.count[k], _ = strconv.Atoi(v)
			case "aff":
				k, v, _ := strings.Cut(w, "=")
				if first, _, ok := strings.Cut(k, "_"); ok {
					l.class[first] |= cAffPair
				}
				l.aff[strings.ReplaceAll(k, "_", " ")] = strings.ReplaceAll(v, "_", " ")
			default:
				if first, rest, ok := strings.Cut(w, "_"); ok {
					l.class[first] |= cPhrase
					l.phrases[first] = append(l.phrases[first], marker{strings.Split(rest, "_"), bits[name]})
					continue
				}
				l.class[w] |= bits[name]
			}
		}
	}
}

// fold lower-cases a word for lookup, with typographic apostrophes made
// straight.
func fold(w string) string {
	w = strings.ToLower(w)
	if strings.Contains(w, "’") {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// upper reports whether w starts with an upper-case letter, after any
// opening quote or parenthesis.
func upper(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf && w[0] != '"' && w[0] != '\'' && w[0] != '(' {
		return 'A' <= w[0] && w[0] <= 'Z' // the usual case, without a rune decoded
	}
	w = strings.TrimLeft(w, "\"“‘'(")
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// bodyName reports whether words [first, head) are a body's name: two or
// more capitalized words, but for "of", "and" and "for" between them, one
// before an "of" a noun for a body ("American Federation of Teachers",
// "National Association of Manufacturers").
func (p *phrase) bodyName(first, head int) bool {
	words, folds := p.words[:p.n], p.folds[:p.n]
	body, caps := false, 0
	for i := first; i < head; i++ {
		switch folds[i] {
		case "of", "and", "for":
			if i == first || i == head-1 {
				return false
			}
			if folds[i] == "of" && p.class[i-1]&cOrg != 0 {
				body = true
			}
			continue
		}
		if !upper(words[i]) {
			return false
		}
		caps++
	}
	return body && caps >= 2
}

// trimPunct returns f without the punctuation that may stand around a
// word of a phrase: , ; : ( ) " “ ” ‘ (as strings.Trim would, without its
// slow path for a cutset beyond ASCII).
func trimPunct(f string) string {
	for f != "" {
		if c := f[0]; c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' {
			f = f[1:]
		} else if len(f) >= 3 && f[0] == 0xe2 && f[1] == 0x80 && (f[2] == 0x9c || f[2] == 0x9d || f[2] == 0x98) {
			f = f[3:] // “ ” ‘
		} else {
			break
		}
	}
	for f != "" {
		n := len(f)
		if c := f[n-1]; c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' {
			f = f[:n-1]
		} else if n >= 3 && f[n-3] == 0xe2 && f[n-2] == 0x80 && (f[n-1] == 0x9c || f[n-1] == 0x9d || f[n-1] == 0x98) {
			f = f[:n-3]
		} else {
			break
		}
	}
	return f
}

var pronouns = map[string]Entity{"who": Person, "he": Person, "she": Person, "him": Person, "her": Person,
	"they": Group, "them": Group, "it": Organization, "we": Group, "i": Person, "you": Person}

// IsPronoun reports whether phrase is a personal pronoun ("he", "They"),
// which names no source by itself but refers back to one.
func IsPronoun(phrase string) bool {
	phrase = strings.TrimSpace(phrase)
	if len(phrase) == 0 || len(phrase) > 4 {
		return false
	}
	_, ok := text.LookupLower(pronouns, phrase)
	return ok
}

// A phrase is a source phrase cut into words. words[i] is
// text[start[i]:end[i]]; folds[i] is its folded form without the
// punctuation around it; class[i] its class bits. The arrays keep Parse
// from allocating; a phrase of more than maxWords words keeps its first
// maxWords, and more is set.
type phrase struct {
	text  string
	n     int
	more  bool
	words [maxWords]string
	folds [maxWords]string
	start [maxWords]int32
	end   [maxWords]int32
	class [maxWords]uint16
}

// maxWords is how many words a phrase holds.
const maxWords = 32

// span returns the text of words [i, j), as the phrase spells it.
func (p *phrase) span(i, j int) string {
	if i >= j {
		return ""
	}
	e := int(p.end[j-1])
	if j == p.n && p.more {
		e = len(p.text)
	}
	return strings.TrimRight(p.text[p.start[i]:e], ",;:")
}

// comma reports whether word i ends a clause: "Jane Doe," or "Sen. X —".
func (p *phrase) comma(i int) bool {
	w := p.words[i]
	return strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || w == "—" || w == "--" || w == "–"
}

// markerAt returns the class (cBasis or cAnon) and length in words of the
// marker that starts at word i, or 0, 0.
func (p *phrase) markerAt(l *vocabulary, i int) (uint16, int) {
	c := p.class[i]
	if c&cPhrase != 0 {
	next:
		for _, m := range l.phrases[p.folds[i]] {
			if i+len(m.rest) >= p.n {
				continue
			}
			for k, w := range m.rest {
				if p.folds[i+1+k] != w {
					continue next
				}
			}
			return m.class, 1 + len(m.rest)
		}
	}
	if c&(cBasis|cAnon) != 0 {
		return c & (cBasis | cAnon), 1
	}
	return 0, 0
}

// Parse reads a source phrase, such as "A person close to U.S. Trade
// Representative Robert Lighthizer" or "two of the people", into a Source
// record, filling in what the phrase alone says.
//
// A named source that the phrase is close to is parsed too: CloseTo
// points at a new record for "U.S. Trade Representative Robert
// Lighthizer", made from the phrase alone. PartOf is always nil, because
// "two of the people" says nothing of which people; ID and Mentions are
// left empty as well. The extractor in package attribution fills in all
// four from the document, linking CloseTo and PartOf to the document's
// own sources. A pronoun ("he") gives a record with only Entity and
// Descriptor set, and an empty phrase the zero Source.
func Parse(text string) Source {
	text = strings.TrimSpace(text)
	var s Source
	if text == "" {
		return s
	}
	l := lex()
	var p phrase
	p.split(l, text)
	n := p.n
	folds := p.folds[:n]
	if e, ok := pronouns[folds[0]]; ok && n == 1 {
		s.Entity = e
		s.Descriptor = text
		return s
	}
	if t, ok := p.titleThenName(l); ok {
		return t
	}
	if o, ok := p.nameWithInitials(); ok {
		return o
	}
	head := p.headEnd(l)
	p.basisAndAnonymity(l, &s, head)
	// "two of the people": a count drawn from a group; "one of her ads":
	// from documents.
	if head == 1 && n > 2 && folds[1] == "of" {
		if c, ok := l.count[folds[0]]; ok {
			s.Kind, s.Entity, s.Count, s.Descriptor = Anonymous, Group, c, text
			if c == 1 {
				s.Entity = Person
			}
			if p.class[p.headOf(2)]&cDoc != 0 {
				s.Kind, s.Entity, s.Count = Document, Text, 0
			}
			return s
		}
	}
	first, quant := p.count(l, &s)
	s.Affiliation = p.affiliation(l, 0, head)
	if s.Affiliation == "" && head+1 < n && (folds[head] == "in" || folds[head] == "from" || folds[head] == "at") {
		s.Affiliation = p.affiliation(l, head+1, min(n, head+3)) // "in Beijing"
	}
	if s.Affiliation == "" && head+1 < n && bodyPrep[folds[head]] {
		s.Affiliation = p.bodyAfter(head + 1)
	}
	if s.Affiliation == "" {
		s.Affiliation = p.possessorBody(l, head)
	}
	p.kindOf(l, &s, head, first, quant)
	return s
}

// headEnd returns where the phrase's head ends: before the first
// appositive, marker of basis or anonymity, preposition or post-modifier.
func (p *phrase) headEnd(l *vocabulary) int {
	n := p.n
	folds, words := p.folds[:n], p.words[:n]
	for i := 1; i < n; i++ {
		c := p.class[i]
		if p.comma(i-1) || strings.HasPrefix(words[i], "(") {
			return i
		}
		if c&(cPhrase|cBasis|cAnon) != 0 {
			if m, _ := p.markerAt(l, i); m != 0 {
				return i
			}
		}
		prev := p.class[i-1]
		if c&cPrep != 0 {
			// "the Ministry of Commerce", "Secretary of State John Kerry":
			// the preposition joins the words of a name.
			if c&cJoin != 0 && prev&(cOrg|cTitle) != 0 && upper(words[i-1]) && i+1 < n && upper(words[i+1]) {
				continue
			}
			return i
		}
		// "a report released Tuesday", "people working on the plan".
		if prev&cNoun != 0 && (c&cPost != 0 || !upper(words[i]) && participle(folds[i])) {
			return i
		}
	}
	return n
}

// basisAndAnonymity reads the phrase's basis ("familiar with the talks")
// and reason for anonymity ("on condition of anonymity") after its head:
// each runs from its marker to the end of the phrase, or to the other.
func (p *phrase) basisAndAnonymity(l *vocabulary, s *Source, head int) {
	b, a := -1, -1
	for i := head; i < p.n && (b < 0 || a < 0); i++ {
		if p.class[i]&(cPhrase|cBasis|cAnon) == 0 {
			continue
		}
		switch m, k := p.markerAt(l, i); {
		case m == cBasis && b < 0:
			b = i
			i += k - 1
		case m == cAnon && a < 0:
			a = i
			i += k - 1
		}
	}
	if b >= 0 {
		s.Basis = p.clause(b, a)
		// "a person close to U.S. Trade Representative Robert
		// Lighthizer": a named source of its own.
		if rest, ok := strings.CutPrefix(s.Basis, "close to "); ok && rest != "" {
			if x := Parse(rest); x.Kind == Named {
				s.CloseTo = &x
			}
		}
	}
	if a >= 0 {
		s.Anonymity = p.clause(a, b)
	}
}

// count reads the phrase's opening count ("two officials", "3 officials",
// "a person") into s, and returns the first word after a determiner or
// quantifier and whether the phrase opens with a quantifier ("some",
// "a", "all").
func (p *phrase) count(l *vocabulary, s *Source) (first int, quant bool) {
	folds := p.folds[:p.n]
	if c, ok := l.count[folds[0]]; ok {
		s.Count = c
		return 1, folds[0] != "both" && c <= 1
	}
	if p.class[0]&cDet != 0 {
		return 1, false
	}
	if f := folds[0]; f != "" && '0' <= f[0] && f[0] <= '9' && p.n > 1 && folds[1] != "percent" {
		if c, err := strconv.Atoi(f); err == nil { // "3 officials"
			s.Count = c
			return 1, false
		}
	}
	return 0, false
}

// kindOf decides, from the head that ends before head, what kind of
// source the phrase names: a document, an anonymous person, group or
// body, or a name.
func (p *phrase) kindOf(l *vocabulary, s *Source, head, first int, quant bool) {
	text := p.text
	folds, words := p.folds[:p.n], p.words[:p.n]
	hf := folds[head-1]
	hw := words[head-1]
	hc := p.class[head-1]
	// A capital that only opens the sentence ("People familiar with …",
	// "Officials", "The Report") does not make a common noun a name.
	lead := head-1 <= first || len(hw) > 3 && allCaps(hw)
	common := !upper(hw) || lead && hc&cName == 0
	switch {
	case (folds[0] == "a" || folds[0] == "an") && first == 1 && head-1 > first && !upper(words[first]) && upper(hw) &&
		hc&(cPerson|cGroup|cOrg|cDoc) == 0 && l.aff[hf] == "":
		// "a terse Miller", "a confident-seeming Manafort": a name after
		// words that describe its bearer now.
		k := head - 1
		for k > first && upper(words[k-1]) {
			k--
		}
		s.Kind, s.Entity, s.Name, s.Count = Named, Person, p.span(k, head), 0
		return
	case !quant && p.bodyName(first, head):
		// "the American Federation of Teachers": a body's name, whatever
		// its head.
		s.Kind, s.Entity, s.Name, s.Count = Named, Organization, p.span(0, head), 0
		return
	case hc&cDoc != 0 && (common || quant && hc&cName == 0): // "a Gallup Poll"
		s.Kind, s.Entity, s.Descriptor, s.Count = Document, Text, text, 0
	case hc&cGroup != 0 || hc&cPerson != 0 && common:
		// A plural for people is no name, whatever its case: "House
		// Republicans", "Leading Democrats".
		if folds[0] == "the" && head == 2 && upper(hw) && l.aff[hf] != "" {
			// "the Democrats", "The Republican": the party, or one of its
			// people named before.
			s.Kind, s.Entity, s.Name, s.Count = Named, Organization, p.span(0, head), 0
			if hc&cGroup == 0 {
				s.Entity = Person
			}
			return
		}
		s.Kind, s.Descriptor = Anonymous, text
		s.Entity = Person
		if hc&cGroup != 0 || strings.HasSuffix(hf, "s") && hc&cPerson == 0 || p.twoJoined(head) {
			s.Entity = Group
		}
		if s.Count == 0 && s.Entity == Person && first == 1 && quant {
			s.Count = 1
		}
		if s.Entity == Group && s.Count == 1 {
			s.Count = 0
		}
	case hc&cOrg != 0 && (!upper(hw) || head == 1 && hc&cName == 0):
		// "the Obama administration", "Clinton's campaign": a body named
		// by whose it is.
		if !quant && p.properBefore(l, first, head-1) {
			s.Kind, s.Entity, s.Name, s.Count = Named, Organization, p.span(0, head), 0
			return
		}
		s.Kind, s.Entity, s.Descriptor, s.Count = Anonymous, Organization, text, 0
		if p.possessed(first, head-1) {
			s.Kind = Named // a body named by a common noun and whose it is: "the city's transit agency"
		}
	case !upper(hw) || quant && hc&cName == 0 && !p.fullName(first, head):
		s.Kind, s.Descriptor = Anonymous, text
		s.Entity = Group
		if hc&(cOrg|cName) != 0 {
			s.Entity, s.Count = Organization, 0
		} else if !strings.HasSuffix(hf, "s") && !p.twoJoined(head) {
			s.Entity = Person
		}
		if s.Entity == Group && s.Count == 1 {
			s.Count = 0
		}
	default:
		s.Kind, s.Count = Named, 0
		parseName(l, s, p, head)
	}
}

// fullName reports whether the head (word head-1) and the word before it,
// after the first, are capitalized words of no known class: a person's
// full name after a count and an adjective, "a defiant Donald Trump", not
// "a Republican" or "one New Hampshire Democrat".
func (p *phrase) fullName(first, head int) bool {
	k := head - 2
	return k >= first && upper(p.words[k]) && upper(p.words[head-1]) && p.class[k] == 0 && p.class[head-1] == 0
}

// possessed reports whether a word of [i, j) is a possessive: "city's" in
// "the city's transit agency", "growers'".
func (p *phrase) possessed(i, j int) bool {
	for k := i; k < j; k++ {
		if text.Possessive(p.words[k]) {
			return true
		}
	}
	return false
}

// split cuts text into words and folds them.
func (p *phrase) split(l *vocabulary, text string) {
	p.text = text
	lower := strings.ToLower(text) // one allocation for the phrase, not one a word
	same := len(lower) == len(text)
	curly := same && strings.Contains(lower, "’")
	for i := 0; i < len(text); {
		if size := spaceAt(text, i); size > 0 {
			i += size
			continue
		}
		if p.n == maxWords {
			p.more = true
			return
		}
		j := i + 1
		for j < len(text) && spaceAt(text, j) == 0 {
			j++
		}
		w := text[i:j]
		var f string
		if same {
			f = lower[i:j]
			if curly && strings.Contains(f, "’") {
				f = strings.ReplaceAll(f, "’", "'")
			}
		} else { // case mapping changed the length: fold word by word
			f = fold(w)
		}
		f = trimPunct(f)
		k := p.n
		p.words[k], p.folds[k], p.start[k], p.end[k], p.class[k] = w, f, int32(i), int32(j), l.class[f]
		p.n++
		i = j
	}
}

// spaceAt returns the length in bytes of the white space rune at text[i],
// or 0 if there is none there (a byte inside a rune is no space).
func spaceAt(text string, i int) int {
	if c := text[i]; c < utf8.RuneSelf {
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if unicode.IsSpace(r) {
		return size
	}
	return 0
}

// headOf returns the index of the head noun of the phrase that starts at
// word i: the last word before a post-modifier.
func (p *phrase) headOf(i int) int {
	for k := i + 1; k < p.n; k++ {
		if p.class[k]&(cPrep|cBasis|cAnon) != 0 || p.comma(k-1) {
			return k - 1
		}
	}
	return p.n - 1
}

// clause returns the words from i to the end of the phrase, or to j if j
// is after i, without the words that join it to what follows ("familiar
// with the talks who", "… the talks, speaking").
func (p *phrase) clause(i, j int) string {
	if j <= i {
		j = p.n
	}
	for j > i+1 && (p.class[j-1]&cLink != 0 || strings.Trim(p.folds[j-1], "-—–") == "") {
		j--
	}
	return strings.TrimRight(p.span(i, j), ",;:—–- ")
}

// participle reports whether a lower-case word reads as a participle that
// opens a post-modifier: "released", "working".
func participle(f string) bool {
	return len(f) > 4 && strings.HasSuffix(f, "ed") || len(f) > 5 && strings.HasSuffix(f, "ing")
}

// allCaps reports whether w has no lower-case letter: "EXPERTS".
func allCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// Noun returns the entity that a head noun such as "official", "people",
// "ministry" or "report" names, or EntityUnknown for a word that does not
// name a possible source. word must be lower case.
func Noun(word string) Entity {
	c := lex().class[word]
	switch {
	case c&cPerson != 0:
		return Person
	case c&cGroup != 0:
		return Group
	case c&(cOrg|cName) != 0:
		return Organization
	case c&cDoc != 0:
		return Text
	}
	return EntityUnknown
}

// twoJoined reports whether "and" before head joins two people, each a
// phrase of its own: "she and another reporter", "the mayor and his
// wife"; but "the Florida senator and Republican presidential candidate"
// is one person twice described.
func (p *phrase) twoJoined(head int) bool {
	if head < 3 {
		return false
	}
	and := slices.Index(p.folds[1:head-1], "and") + 1
	if and == 0 {
		return false
	}
	switch p.folds[0] {
	case "he", "she", "i", "we", "you":
		return true // "she and another reporter"
	}
	switch p.folds[and+1] {
	case "a", "an", "another", "his", "her", "their", "the", "two", "other", "several":
		return true // "the mayor and his wife"
	}
	return false
}
