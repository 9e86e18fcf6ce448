package source

import (
	"bufio"
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed nouns.txt
var nounsFile string

type lexicon struct {
	class map[string]uint16 // word → class bits
	count map[string]int
	aff   map[string]string // word or two words → normal form
}

const (
	cDoc uint16 = 1 << iota
	cPerson
	cGroup
	cOrg
	cBasis
	cTitle
)

var lex = sync.OnceValue(func() *lexicon {
	l := &lexicon{class: map[string]uint16{}, count: map[string]int{}, aff: map[string]string{}}
	bits := map[string]uint16{"doc": cDoc, "person": cPerson, "group": cGroup, "org": cOrg, "basis": cBasis, "title": cTitle}
	sc := bufio.NewScanner(strings.NewReader(nounsFile))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		name, words, _ := strings.Cut(line, ":")
		for _, w := range strings.Fields(words) {
			w = strings.ReplaceAll(w, "_", " ")
			switch name {
			case "count":
				k, v, _ := strings.Cut(w, "=")
				l.count[k], _ = strconv.Atoi(v)
			case "aff":
				k, v, _ := strings.Cut(w, "=")
				l.aff[k] = v
			default:
				l.class[w] |= bits[name]
			}
		}
	}
	return l
})

// fold lower-cases a word for lookup, with typographic apostrophes made
// straight.
func fold(w string) string {
	w = strings.ToLower(w)
	if strings.Contains(w, "’") {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}

func upper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

var pronouns = map[string]Entity{"who": Person, "he": Person, "she": Person, "him": Person, "her": Person,
	"they": Group, "them": Group, "it": Organization, "we": Group, "i": Person, "you": Person}

// IsPronoun reports whether phrase is a personal pronoun ("he", "They"),
// which names no source by itself but refers back to one.
func IsPronoun(phrase string) bool {
	phrase = strings.TrimSpace(phrase)
	if len(phrase) > 4 {
		return false
	}
	for p := range pronouns {
		if strings.EqualFold(p, phrase) {
			return true
		}
	}
	return false
}

// Parse reads a source phrase, such as "A person close to U.S. Trade
// Representative Robert Lighthizer" or "two of the people", into a Source
// record. Links to other sources (CloseTo, PartOf) and Mentions are left
// for the caller, who knows the document; Parse fills in what the phrase
// alone says. An empty phrase gives the zero Source.
func Parse(phrase string) Source {
	phrase = strings.TrimSpace(phrase)
	var s Source
	if phrase == "" {
		return s
	}
	l := lex()
	words := strings.Fields(phrase)
	folds := strings.Fields(fold(phrase)) // one allocation for the phrase, not one a word
	if len(folds) != len(words) {         // case folding changed the spacing: fold word by word
		folds = folds[:0]
		for _, w := range words {
			folds = append(folds, fold(w))
		}
	}
	for i, f := range folds {
		folds[i] = strings.Trim(f, ",;:")
	}
	if e, ok := pronouns[folds[0]]; ok && len(words) == 1 {
		s.Entity = e
		s.Descriptor = phrase
		return s
	}
	// The head: words before the first basis or post-modifier.
	head := len(words)
	for i := 1; i < len(words); i++ {
		f := folds[i]
		if l.class[f]&cBasis != 0 || f == "of" && i == 1 || f == "who" || f == "for" || f == "from" || f == "at" || f == "in" || f == "with" || f == "on" || f == "close" {
			head = i
			break
		}
	}
	if head < len(words) {
		if b := strings.Join(words[head:], " "); l.class[folds[head]]&cBasis != 0 || folds[head] == "with" || folds[head] == "close" {
			s.Basis = b
		}
	}
	// "two of the people": a count drawn from a group.
	if head == 1 && len(words) > 2 && folds[1] == "of" {
		if n, ok := l.count[folds[0]]; ok {
			s.Kind, s.Entity, s.Count, s.Descriptor = Anonymous, Group, n, phrase
			if n == 1 {
				s.Entity = Person
			}
			return s
		}
	}
	first := 0
	if n, ok := l.count[folds[0]]; ok {
		s.Count = n
		first = 1
	} else if folds[0] == "the" || folds[0] == "this" || folds[0] == "these" || folds[0] == "those" {
		first = 1
	}
	hf := folds[head-1]
	hw := words[head-1]
	hc := l.class[hf]
	s.Affiliation = affiliation(l, folds[:head])
	switch {
	case hc&cDoc != 0 && !upper(hw):
		s.Kind, s.Entity, s.Descriptor = Document, Text, phrase
	case hc&(cPerson|cGroup) != 0 && (!upper(hw) || first > 0 && hc&cGroup != 0):
		s.Kind, s.Descriptor = Anonymous, phrase
		s.Entity = Person
		if hc&cGroup != 0 || strings.HasSuffix(hf, "s") && hc&cPerson == 0 {
			s.Entity = Group
		}
		if s.Count == 0 && s.Entity == Person && first == 1 {
			s.Count = 1
		}
		if s.Entity == Group && s.Count == 1 {
			s.Count = 0
		}
	case !upper(hw):
		s.Kind, s.Descriptor = Anonymous, phrase
		s.Entity = Group
		if hc&cOrg != 0 {
			s.Entity = Organization
		} else if !strings.HasSuffix(hf, "s") {
			s.Entity = Person
		}
	default:
		s.Kind = Named
		parseName(l, &s, words[:head], folds[:head])
	}
	return s
}

// parseName splits a named phrase into title and name: "U.S. Trade
// Representative Robert Lighthizer", "President Donald Trump", "The
// Ministry of Commerce".
func parseName(l *lexicon, s *Source, words, folds []string) {
	org := false
	for _, f := range folds {
		if l.class[f]&cOrg != 0 {
			org = true
		}
	}
	if _, ok := l.aff[strings.Join(folds, " ")]; ok || org || len(words) > 0 && folds[0] == "the" {
		s.Entity = Organization
		s.Name = strings.Join(words, " ")
		return
	}
	// The name is the run of capitalized words after the last title word.
	t := 0
	for i, f := range folds {
		if l.class[f]&cTitle != 0 && i < len(folds)-1 {
			t = i + 1
		}
	}
	s.Entity = Person
	s.Title = strings.Join(words[:t], " ")
	s.Name = strings.Join(words[t:], " ")
	if s.Title != "" && (strings.HasPrefix(folds[0], "u.s") || folds[0] == "president") {
		s.Affiliation = "U.S."
	}
}

func affiliation(l *lexicon, folds []string) string {
	for i := range folds {
		if i+1 < len(folds) {
			if a, ok := l.aff[folds[i]+" "+folds[i+1]]; ok {
				return strings.ReplaceAll(a, "_", " ")
			}
		}
		f := strings.TrimSuffix(folds[i], "'s")
		if a, ok := l.aff[f]; ok && f != "administration" && f != "campaign" {
			return strings.ReplaceAll(a, "_", " ")
		}
	}
	return ""
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
	case c&cOrg != 0:
		return Organization
	case c&cDoc != 0:
		return Text
	}
	return EntityUnknown
}
