// Package source describes who is speaking in a news text: a named person
// or organization ("U.S. Trade Representative Robert Lighthizer", "The
// U.S."), an anonymous person or group ("people familiar with the talks",
// "two of the people"), or a document ("a report released Tuesday").
//
// A [Source] is one speaker in one document; every place the document names
// or refers to it is one of its Mentions.
package source

import (
	"strings"

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

	Name        string // a named source's name: "Robert Lighthizer"
	Title       string // a named source's title: "U.S. Trade Representative"
	Descriptor  string // the phrase standing in for a name: "people familiar with the talks"
	Affiliation string // normal form: "U.S.", "China", "White House"
	Count       int    // how many people, where the text says: 1 for "one person", 2 for "two of the people"
	Basis       string // why the source knows: "familiar with the talks", "briefed on the discussions"
	Anonymity   string // the stated reason for anonymity: "on condition of anonymity"

	CloseTo *Source // "a person close to X": X
	PartOf  *Source // "two of the people": the group they are drawn from

	// NoResponse is true for a source that did not answer a request for
	// comment ("didn't immediately respond to a request for comment").
	NoResponse bool

	// Mentions are the places the document names or refers to the source,
	// in text order.
	Mentions []hearsay.Span
}

// String describes the source for display, such as "Robert Lighthizer
// (U.S. Trade Representative)" or "an anonymous group: people familiar
// with the talks".
func (s *Source) String() string {
	if s == nil {
		return "<nil>"
	}
	var b strings.Builder
	switch {
	case s.Name != "":
		b.WriteString(s.Name)
		if s.Title != "" {
			b.WriteString(" (" + s.Title + ")")
		}
	case s.Descriptor != "":
		if s.Kind == Anonymous {
			b.WriteString("an anonymous " + s.Entity.String() + ": ")
		}
		b.WriteString(s.Descriptor)
	default:
		b.WriteString("an unnamed source")
	}
	if s.CloseTo != nil && s.CloseTo.Name != "" {
		b.WriteString(", close to " + s.CloseTo.Name)
	}
	if s.NoResponse {
		b.WriteString(" (did not respond)")
	}
	return b.String()
}
