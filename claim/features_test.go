package claim

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Terms meet by what they mean: an abbreviated month its full name, a
// number word or an ordinal its value; a loose number word and a name
// that looks like an abbreviation stay as they are.
func TestTermLemmas(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Jan. 4", []string{"january", "4"}},
		{"January 4th", []string{"january", "4"}},
		{"two trips, a third one", []string{"2", "trip", "3", "one"}},
		{"a couple of trips", []string{"couple", "trip"}},
		{"Jan Kowalski", []string{"jan", "kowalski"}},
	} {
		f := Analyze(&Claim{Text: tc.text})
		var got []string
		for _, w := range f.words {
			if w.flags&fContent != 0 {
				got = append(got, w.lemma)
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q: content lemmas (-want +got):\n%s", tc.text, diff)
		}
	}
}

// A number with what it counts is two terms: "30-page" meets "pages",
// "three-breasted" meets "3". A word that qualifies a number ("almost",
// "about", "more than") is part of the number, not a term, and so is a
// word that multiplies it ("million").
func TestNumberCompoundTerms(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"an almost 30-page text", []string{"30", "page", "text"}},
		{"closer to $25 million", []string{"2.5e+07"}},
		{"2.3 million customers", []string{"2.3e+06", "customer"}},
		{"three hundred jobs", []string{"300", "job"}},
		{"a three-breasted woman", []string{"3", "breast", "woman"}},
		{"a 1,000-page bill", []string{"1000", "bill", "page"}},
	} {
		f := Analyze(&Claim{Text: tc.text})
		var got []string
		for _, tm := range f.terms {
			got = append(got, tm.lemma)
		}
		slices.Sort(got)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q: terms (-want +got):\n%s", tc.text, diff)
		}
	}
}
