// Package source describes who is speaking in a news text: a named person
// or organization ("U.S. Trade Representative Robert Lighthizer", "The
// U.S."), an anonymous person or group ("people familiar with the talks",
// "two of the people"), or a document ("a report released Tuesday").
//
// A [Source] is one speaker in one document; every place the document names
// or refers to it is one of its Mentions. [Parse] reads one source phrase
// into a Source by itself; package attribution parses every source phrase
// of a document the same way and links the records into one registry
// (mentions merged, CloseTo and PartOf pointing at the document's own
// sources, NoResponse set). [Source.String] describes a source for people
// to read.
//
// Parse's word lists are embedded text files, read once and shared:
// nouns.txt (nouns for people, groups, bodies and documents, and the
// function words of a phrase), titles.txt (titles and roles before a
// name), affiliations.txt (words for a side and its normal form:
// "American" is "U.S.") and bases.txt (how an anonymous source knows:
// "familiar with", "briefed on", "close to"; and why it is not named: "on
// condition of anonymity", "not authorized to speak"). Parse and String
// are safe for concurrent use.
package source

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	hearsay "github.com/hearsay-go/hearsay"
)

// Kind says how much a text tells us about who a source is.
type Kind uint8

// The kinds of source.
const (
	KindUnknown Kind = iota
	Named            // a name is given: "Robert Lighthizer", "The U.S.", "Reuters"
	Anonymous        // described but not named: "a person close to the talks"
	Document         // a text speaks: "a report released Tuesday", "court filings"
)

var kindNames = [...]string{"", "named", "anonymous", "document"}

// String returns the kind's name as the JSON form writes it: "named",
// "anonymous" or "document"; "" for KindUnknown.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Entity says what sort of thing a source is.
type Entity uint8

// The entities a source can be.
const (
	EntityUnknown Entity = iota
	Person               // one person
	Group                // several people: "officials", "two of the people"
	Organization         // a body: "the Ministry of Commerce", "The U.S."
	Text                 // a document: "the report"
)

var entityNames = [...]string{"", "person", "group", "organization", "document"}

// String returns the entity's name as the JSON form writes it: "person",
// "group", "organization" or "document"; "" for EntityUnknown.
func (e Entity) String() string {
	if int(e) < len(entityNames) {
		return entityNames[e]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (e Entity) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

// A Source is one speaker in one document.
type Source struct {
	ID     string // unique within its document: "s1", "s2", …
	Kind   Kind
	Entity Entity

	// NoResponse is true for a source that did not answer a request for
	// comment ("didn't immediately respond to a request for comment").
	NoResponse bool

	Name        string // a named source's name: "Robert Lighthizer"
	Title       string // a named source's title: "U.S. Trade Representative"
	Descriptor  string // the phrase standing in for a name: "people familiar with the talks"
	Affiliation string // normal form: "U.S.", "China", "White House"
	Count       int    // how many people, where the text says: 1 for "one person", 2 for "two of the people"
	Basis       string // why the source knows: "familiar with the talks", "briefed on the discussions"
	Anonymity   string // the stated reason for anonymity: "on condition of anonymity"

	CloseTo *Source // "a person close to X": X
	PartOf  *Source // "two of the people": the group they are drawn from

	// Mentions are the places the document names or refers to the source,
	// in text order.
	Mentions []hearsay.Span
}

// String describes the source for display. The form depends on the kind:
//
//   - a named person is the name with the title in parentheses, "Robert
//     Lighthizer (U.S. Trade Representative)", or after an honorific,
//     "Mr. Trump", "Dr. Anthony Fauci"; a named body is its name, "The
//     Ministry of Commerce";
//   - an anonymous person or group is its descriptor with "anonymous"
//     after the descriptor's article or quantifier ("a" becomes "an"):
//     "an anonymous person close to Robert Lighthizer (U.S. Trade
//     Representative)", "anonymous people familiar with the talks", "three
//     anonymous people with knowledge of the plans", "the anonymous
//     mayor"; one person without an article gets "an". A named source it
//     is close to is written as that source's String. A part of a group is
//     "two of the" and the group's form ("two of the anonymous people
//     familiar with the talks"). An affiliation that no word of the
//     descriptor shows follows in parentheses ("anonymous others (U.S.)");
//   - an organization that is not named is "unnamed": "the unnamed
//     company", "an unnamed ministry";
//   - a document, or a pronoun not resolved to a source, is its
//     descriptor: "a report released Tuesday", "court filings";
//   - the zero Source is "an unnamed source", and nil is "<nil>".
//
// A word capitalized only because it opens a sentence is written in lower
// case ("People familiar with the matter" gives "anonymous people familiar
// with the matter"). A source that did not respond ends in " (did not
// respond)".
func (s *Source) String() string {
	if s == nil {
		return "<nil>"
	}
	var b strings.Builder
	switch {
	case s.Name != "":
		if s.Title == "" {
			b.WriteString(s.Name)
		} else if honorific(s.Title) {
			b.WriteString(s.Title + " " + s.Name)
		} else {
			b.WriteString(s.Name + " (" + s.Title + ")")
		}
	case s.Kind == Anonymous && s.Descriptor != "":
		s.writeAnonymous(&b)
	case s.Descriptor != "":
		var p phrase
		p.split(lex(), strings.TrimSpace(s.Descriptor))
		b.WriteString(p.display(lex(), 0))
	default:
		b.WriteString("an unnamed source")
	}
	if s.NoResponse {
		b.WriteString(" (did not respond)")
	}
	return b.String()
}

// numberWords spell the counts of anonymous groups for display.
var numberWords = [...]string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

// number spells n: "two", or "12" past ten.
func number(n int) string {
	if n < len(numberWords) {
		return numberWords[n]
	}
	return strconv.Itoa(n)
}

// writeAnonymous writes the display form of an anonymous source; see
// String.
func (s *Source) writeAnonymous(b *strings.Builder) {
	l := lex()
	var p phrase
	p.split(l, strings.TrimSpace(s.Descriptor))
	det, noun := s.anonymous(l, &p)
	if det != "" {
		b.WriteString(det + " ")
	}
	b.WriteString(noun)
	s.writeAffiliation(b, l, &p)
}

// anonymous splits the display form of the anonymous source whose
// descriptor is p into its determiner or quantifier ("an", "the", "some",
// "two", or "") and the rest, which starts with "anonymous" or "unnamed",
// or for a part of a group with "of the".
func (s *Source) anonymous(l *vocabulary, p *phrase) (det, noun string) {
	i := 0 // the first word after the determiner
	if f := p.folds[0]; p.n > 1 && (p.class[0]&cDet != 0 || s.Count > 0 && f == strconv.Itoa(s.Count)) {
		i = 1
	} else if _, ok := l.count[f]; ok && p.n > 1 {
		i = 1
	}
	if i == 1 {
		det = p.folds[0]
		if det == "a" {
			det = "an"
		}
	}
	if i == 1 && p.n > 2 && p.folds[1] == "of" {
		// "two of the people": "two of the anonymous people", or "two of
		// the" and the group they are drawn from.
		if s.PartOf != nil && s.PartOf.Kind == Anonymous && s.PartOf.Descriptor != "" {
			var g phrase
			g.split(l, strings.TrimSpace(s.PartOf.Descriptor))
			_, gn := s.PartOf.anonymous(l, &g)
			return det, "of the " + gn
		}
		k := 2
		if p.folds[k] == "the" && k+1 < p.n {
			k++
		}
		return det, "of the anonymous " + p.display(l, k)
	}
	adj := "anonymous "
	if s.Entity == Organization {
		adj = "unnamed "
	}
	if det == "" && (s.Entity == Person || s.Entity == Organization) {
		det = "an"
	}
	body := p.display(l, i)
	if s.CloseTo != nil {
		x := s.CloseTo.String()
		if rest, ok := strings.CutPrefix(s.Basis, "close to "); ok && rest != "" && strings.Contains(body, rest) {
			body = strings.Replace(body, rest, x, 1)
		} else {
			body += ", close to " + x
		}
	}
	return det, adj + body
}

// writeAffiliation writes " (U.S.)" for an affiliation that no word of the
// descriptor p shows: the extractor may give "others" the side of the
// "some" they answer.
func (s *Source) writeAffiliation(b *strings.Builder, l *vocabulary, p *phrase) {
	if s.Affiliation == "" {
		return
	}
	for k := 0; k < p.n; k++ {
		if p.affiliation(l, k, min(k+2, p.n)) == s.Affiliation {
			return
		}
	}
	b.WriteString(" (" + s.Affiliation + ")")
}

// display returns the words of p from i on, with the first in lower case
// when it is capitalized only because it opens a sentence: an article, a
// quantifier, a pronoun or a common noun ("The report", "She", "People
// familiar with the matter", "Polls"), but not a name or a side
// ("Republicans", "EXPERTS").
func (p *phrase) display(l *vocabulary, i int) string {
	t := p.span(i, p.n)
	w := p.words[i]
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || len(w) > 1 && allCaps(w) {
		return t
	}
	f := p.folds[i]
	_, counted := l.count[f]
	if _, ok := pronouns[f]; ok && f != "i" {
		counted = true // "She"
	}
	common := p.class[i]&(cDet|cPerson|cGroup|cDoc) != 0 && p.class[i]&(cName|cOrg) == 0 &&
		l.aff[f] == "" && l.aff[strings.TrimSuffix(f, "s")] == ""
	if !counted && !common {
		return t
	}
	return string(unicode.ToLower(r)) + t[size:]
}

// honorific reports whether a title is only an honorific, which String
// writes before the name: "Mr.", "Ms.", "Dr.".
func honorific(title string) bool {
	return !strings.Contains(title, " ") && lex().class[fold(title)]&cHon != 0
}
