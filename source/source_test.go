package source_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hearsay-go/hearsay/source"
)

// TestSourceString checks the display form of each sort of source.
func TestSourceString(t *testing.T) {
	parse := func(phrase string) *source.Source {
		s := source.Parse(phrase)
		return &s
	}
	with := func(phrase string, f func(*source.Source)) *source.Source {
		s := parse(phrase)
		f(s)
		return s
	}
	people := parse("people familiar with the talks")
	lighthizer := parse("U.S. Trade Representative Robert Lighthizer")
	tests := []struct {
		src  *source.Source
		want string
	}{
		{nil, "<nil>"},
		{&source.Source{}, "an unnamed source"},

		// Named.
		{lighthizer, "Robert Lighthizer (U.S. Trade Representative)"},
		{parse("President Donald Trump"), "Donald Trump (President)"},
		{parse("Lighthizer"), "Lighthizer"},
		{parse("Mr. Trump"), "Mr. Trump"},
		{parse("Dr. Anthony Fauci"), "Dr. Anthony Fauci"},
		{parse("Jane Doe, chief executive of Acme Corp."), "Jane Doe (chief executive of Acme Corp.)"},
		{parse("The U.S."), "The U.S."},
		{parse("Reuters"), "Reuters"},
		{with("The Ministry of Commerce", func(s *source.Source) { s.NoResponse = true }),
			"The Ministry of Commerce (did not respond)"},

		// Anonymous.
		{parse("A person close to U.S. Trade Representative Robert Lighthizer"),
			"an anonymous person close to Robert Lighthizer (U.S. Trade Representative)"},
		{with("A person close to Lighthizer", func(s *source.Source) { s.CloseTo = lighthizer }),
			"an anonymous person close to Robert Lighthizer (U.S. Trade Representative)"},
		{with("an aide", func(s *source.Source) { s.CloseTo = lighthizer }),
			"an anonymous aide, close to Robert Lighthizer (U.S. Trade Representative)"},
		{people, "anonymous people familiar with the talks"},
		{parse("People familiar with the matter"), "anonymous people familiar with the matter"},
		{with("two of the people", func(s *source.Source) { s.PartOf = people }),
			"two of the anonymous people familiar with the talks"},
		{parse("two of the people"), "two of the anonymous people"},
		{parse("one of the officials"), "one of the anonymous officials"},
		{parse("one person familiar with the U.S.’s views"), "one anonymous person familiar with the U.S.’s views"},
		{parse("three people with knowledge of the plans"), "three anonymous people with knowledge of the plans"},
		{parse("12 officials"), "12 anonymous officials"},
		{parse("A Chinese official briefed on the talks"), "an anonymous Chinese official briefed on the talks"},
		{parse("some American officials"), "some anonymous American officials"},
		{with("others", func(s *source.Source) { s.Affiliation = "U.S." }), "anonymous others (U.S.)"},
		{parse("officials in Beijing"), "anonymous officials in Beijing"},
		{parse("her aides"), "her anonymous aides"},
		{parse("a senior administration official"), "an anonymous senior administration official"},
		{parse("officials who spoke on condition of anonymity"),
			"anonymous officials who spoke on condition of anonymity"},
		{with("White House communications aides", func(s *source.Source) { s.NoResponse = true }),
			"anonymous White House communications aides (did not respond)"},
		{parse("the company"), "the unnamed company"},
		{parse("a ministry"), "an unnamed ministry"},
		{parse("the person"), "the anonymous person"},
		{parse("The mayor"), "the anonymous mayor"},
		{parse("Both officials"), "both anonymous officials"},
		{parse("an aide"), "an anonymous aide"},
		{parse("spokeswoman Jane Doe"), "Jane Doe (spokeswoman)"},

		// Documents and pronouns.
		{parse("a report released Tuesday"), "a report released Tuesday"},
		{parse("court filings"), "court filings"},
		{parse("The study"), "the study"},
		{parse("She"), "she"},
	}
	for i, tc := range tests {
		if diff := cmp.Diff(tc.want, tc.src.String()); diff != "" {
			t.Errorf("case %d: String() (-want +got):\n%s", i, diff)
		}
	}
}
