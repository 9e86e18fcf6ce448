package source_test

import (
	"fmt"

	"github.com/hearsay-go/hearsay/source"
)

func ExampleParse() {
	for _, phrase := range []string{
		"U.S. Trade Representative Robert Lighthizer",
		"A person close to U.S. Trade Representative Robert Lighthizer",
		"people familiar with the talks",
		"two of the people",
		"A Chinese official briefed on the talks",
		"The Ministry of Commerce",
		"the State Council Information Office in Beijing",
		"Jane Doe, a spokeswoman for the agency",
		"People familiar with the matter",
		"officials who spoke on condition of anonymity",
		"court filings",
		"a report released Tuesday",
	} {
		s := source.Parse(phrase)
		fmt.Printf("%s\n  kind=%s entity=%s name=%q title=%q count=%d basis=%q affiliation=%q\n",
			phrase, s.Kind, s.Entity, s.Name, s.Title, s.Count, s.Basis, s.Affiliation)
		if s.Anonymity != "" {
			fmt.Printf("  anonymity=%q\n", s.Anonymity)
		}
		if s.CloseTo != nil {
			fmt.Printf("  close_to: %s\n", s.CloseTo)
		}
	}
	// Output:
	// U.S. Trade Representative Robert Lighthizer
	//   kind=named entity=person name="Robert Lighthizer" title="U.S. Trade Representative" count=0 basis="" affiliation="U.S."
	// A person close to U.S. Trade Representative Robert Lighthizer
	//   kind=anonymous entity=person name="" title="" count=1 basis="close to U.S. Trade Representative Robert Lighthizer" affiliation=""
	//   close_to: Robert Lighthizer (U.S. Trade Representative)
	// people familiar with the talks
	//   kind=anonymous entity=group name="" title="" count=0 basis="familiar with the talks" affiliation=""
	// two of the people
	//   kind=anonymous entity=group name="" title="" count=2 basis="" affiliation=""
	// A Chinese official briefed on the talks
	//   kind=anonymous entity=person name="" title="" count=1 basis="briefed on the talks" affiliation="China"
	// The Ministry of Commerce
	//   kind=named entity=organization name="The Ministry of Commerce" title="" count=0 basis="" affiliation=""
	// the State Council Information Office in Beijing
	//   kind=named entity=organization name="the State Council Information Office" title="" count=0 basis="" affiliation="China"
	// Jane Doe, a spokeswoman for the agency
	//   kind=named entity=person name="Jane Doe" title="spokeswoman for the agency" count=0 basis="" affiliation=""
	// People familiar with the matter
	//   kind=anonymous entity=group name="" title="" count=0 basis="familiar with the matter" affiliation=""
	// officials who spoke on condition of anonymity
	//   kind=anonymous entity=group name="" title="" count=0 basis="" affiliation=""
	//   anonymity="on condition of anonymity"
	// court filings
	//   kind=document entity=document name="" title="" count=0 basis="" affiliation=""
	// a report released Tuesday
	//   kind=document entity=document name="" title="" count=0 basis="" affiliation=""
}

func ExampleIsPronoun() {
	for _, phrase := range []string{"he", " They ", "the person", "Lighthizer"} {
		fmt.Printf("%q: %t\n", phrase, source.IsPronoun(phrase))
	}
	// Output:
	// "he": true
	// " They ": true
	// "the person": false
	// "Lighthizer": false
}

func ExampleNoun() {
	for _, word := range []string{"official", "people", "ministry", "report", "talks"} {
		fmt.Printf("%s: %q\n", word, source.Noun(word))
	}
	// Output:
	// official: "person"
	// people: "group"
	// ministry: "organization"
	// report: "document"
	// talks: ""
}

func ExampleSource_String() {
	lighthizer := source.Parse("U.S. Trade Representative Robert Lighthizer")
	close := source.Parse("A person close to U.S. Trade Representative Robert Lighthizer")
	people := source.Parse("people familiar with the talks")
	two := source.Parse("two of the people")
	two.PartOf = &people // the extractor links a part to its group
	ministry := source.Parse("The Ministry of Commerce")
	ministry.NoResponse = true
	filings := source.Parse("court filings")
	var none *source.Source
	for _, s := range []*source.Source{&lighthizer, &close, &people, &two, &ministry, &filings, {}, none} {
		fmt.Println(s)
	}
	// Output:
	// Robert Lighthizer (U.S. Trade Representative)
	// an anonymous person close to Robert Lighthizer (U.S. Trade Representative)
	// anonymous people familiar with the talks
	// two of the anonymous people familiar with the talks
	// The Ministry of Commerce (did not respond)
	// court filings
	// an unnamed source
	// <nil>
}

func ExampleKind_String() {
	for _, k := range []source.Kind{source.Named, source.Anonymous, source.Document, source.KindUnknown} {
		text, _ := k.MarshalText()
		fmt.Printf("String %q, MarshalText %q\n", k.String(), text)
	}
	// Output:
	// String "named", MarshalText "named"
	// String "anonymous", MarshalText "anonymous"
	// String "document", MarshalText "document"
	// String "", MarshalText ""
}

func ExampleEntity_String() {
	for _, e := range []source.Entity{source.Person, source.Group, source.Organization, source.Text} {
		fmt.Println(e)
	}
	// Output:
	// person
	// group
	// organization
	// document
}

func ExampleKind_MarshalText() {
	b, _ := source.Anonymous.MarshalText()
	fmt.Println(string(b))
	// Output:
	// anonymous
}

func ExampleEntity_MarshalText() {
	b, _ := source.Organization.MarshalText()
	fmt.Println(string(b))
	// Output:
	// organization
}
