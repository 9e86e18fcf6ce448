package attribution_test

import (
	"encoding/json"
	"fmt"
	"log"
	"os"

	"github.com/hearsay-go/hearsay/attribution"
)

func ExampleExtract() {
	text := "The bridge will reopen in May, the mayor said. " +
		"According to the city engineer, repairs are ahead of schedule. " +
		"Acme Builders denied that costs had doubled."
	doc, err := attribution.Extract(text)
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range doc.Claims {
		fmt.Printf("%s | %s | %s\n", c.Source, c.Cue.Text(text), c.Text)
	}
	// Output:
	// the anonymous mayor | said | The bridge will reopen in May
	// the anonymous city engineer | According to | repairs are ahead of schedule
	// Acme Builders | denied | costs had doubled
}

// New with extra abbreviations: "Engg." is not on the built-in list, so by
// default its period ends a sentence and the title loses "Acme Engg.".
func ExampleNew() {
	text := "Acme Engg. Chief Ann Lee said output will rise."
	for _, opts := range []attribution.Options{
		{},
		{Abbreviations: []string{"Engg."}},
	} {
		doc, err := attribution.New(opts).Extract(text)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%q: %d sentences; %s said %q\n", opts.Abbreviations, len(doc.Sentences), doc.Claims[0].Source, doc.Claims[0].Text)
	}
	// Output:
	// []: 2 sentences; Ann Lee (Chief) said "output will rise"
	// ["Engg."]: 1 sentences; Ann Lee (Acme Engg. Chief) said "output will rise"
}

// New with extra cues: "kvetch" is not a built-in reporting verb, so by
// default nothing is attributed.
func ExampleNew_cues() {
	text := "The landlord kvetched that the rent was too low. “It is a steal,” the tenant kvetched."
	for _, opts := range []attribution.Options{
		{},
		{Cues: []string{"speech kvetch kvetched kvetched kvetches kvetching"}},
	} {
		doc, err := attribution.New(opts).Extract(text)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%q: %d claims\n", opts.Cues, len(doc.Claims))
		for _, c := range doc.Claims {
			fmt.Printf("  %s | %s | %s | %s\n", c.Source, c.Cue.Text(text), c.Quote, c.Text)
		}
	}
	// Output:
	// []: 0 claims
	// ["speech kvetch kvetched kvetched kvetches kvetching"]: 2 claims
	//   the anonymous landlord | kvetched | indirect | the rent was too low
	//   the anonymous tenant | kvetched | direct | It is a steal
}

// New with NestedStances: a belief reported inside a claim is part of that
// claim by default, and a claim of its own (with the claim that reports it
// as its parent) when NestedStances is set.
func ExampleNew_nestedStances() {
	text := "Commissioner Dagny Roald said she expected an agreement with the guild this winter."
	for _, nested := range []bool{false, true} {
		doc, err := attribution.New(attribution.Options{NestedStances: nested}).Extract(text)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("NestedStances %v:\n", nested)
		for _, c := range doc.Claims {
			within := ""
			if c.Parent != nil {
				within = " (within " + c.Parent.ID + ")"
			}
			fmt.Printf("  %s %s | %s | %s%s\n", c.ID, c.Source, c.Cue.Text(text), c.Text, within)
		}
	}
	// Output:
	// NestedStances false:
	//   c1 Dagny Roald (Commissioner) | said | she expected an agreement with the guild this winter
	// NestedStances true:
	//   c1 Dagny Roald (Commissioner) | said | she expected an agreement with the guild this winter
	//   c2 Dagny Roald (Commissioner) | expected | an agreement with the guild this winter (within c1)
}

func ExampleExtractor_Extract() {
	e := attribution.New(attribution.Options{MaxBytes: 1 << 10})
	text := "One person familiar with the plans said the merger is off. " +
		"The deal collapsed over price, the person added."
	doc, err := e.Extract(text)
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range doc.Claims {
		fmt.Printf("%s: %q %s %q\n", c.Source.ID, c.SourceMention.Text(text), c.Cue.Text(text), c.Text)
	}
	fmt.Println(doc.Claims[0].Source == doc.Claims[1].Source)
	// Output:
	// s1: "One person familiar with the plans" said "the merger is off"
	// s1: "the person" added "The deal collapsed over price"
	// true
}

func ExampleDocument_MarshalJSON() {
	doc, err := attribution.Extract("Prices will fall, the minister said.")
	if err != nil {
		log.Fatal(err)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(b))
	// Output:
	// {"sentences":[{"start":0,"end":36,"text":"Prices will fall, the minister said."}],"sources":[{"id":"s1","kind":"anonymous","entity":"person","descriptor":"the minister","mentions":[{"start":18,"end":30,"text":"the minister"}]}],"claims":[{"id":"c1","source":"s1","source_mention":{"start":18,"end":30,"text":"the minister"},"cue":{"start":31,"end":35,"text":"said"},"cue_class":"speech","content":{"start":0,"end":16,"text":"Prices will fall"},"quote":"indirect","polarity":"asserted","sentence":0}],"contradictions":[]}
}

func ExampleDocument_WriteReport() {
	doc, err := attribution.Extract("“We will win the cup,” said the coach. " +
		"The Football Association didn't immediately respond to a request for comment.")
	if err != nil {
		log.Fatal(err)
	}
	if err := doc.WriteReport(os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// c1  the anonymous coach
	//     as:      "the coach"
	//     cue:     "said" (speech)
	//     direct, asserted: "We will win the cup"
	// no response: The Football Association (did not respond)
}

// Batches of documents, one JSON line each, carry the caller's id.
func ExampleDocument_MarshalJSONWithID() {
	doc, err := attribution.Extract("Prices will fall, the minister said.")
	if err != nil {
		log.Fatal(err)
	}
	b, err := doc.MarshalJSONWithID("doc-7")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(b)[:40])
	// Output:
	// {"id":"doc-7","sentences":[{"start":0,"e
}

func ExampleDocument_Contradictions() {
	text := "The mayor said the bridge is safe. An engineer said the bridge is not safe."
	doc, err := attribution.Extract(text)
	if err != nil {
		panic(err)
	}
	for _, c := range doc.Contradictions() {
		fmt.Printf("%s (%s) ~ %s (%s): %.2f, contradicts: %v\n", c.A.ID, c.A.Source, c.B.ID, c.B.Source, c.Value, c.Contradicts)
		for _, r := range c.Reasons {
			fmt.Printf("  %s: %s\n", r.Kind, r.Detail)
		}
	}
	// Output:
	// c1 (the anonymous mayor) ~ c2 (an anonymous engineer): 0.95, contradicts: true
	//   negation: not safe / safe
}

// Statements reads a text that attributes nothing, such as a headline, as
// its sentences.
func ExampleDocument_Statements() {
	doc, err := attribution.Extract("Macaulay Culkin Dead? Another Death Hoax Circulates.")
	if err != nil {
		panic(err)
	}
	for _, c := range doc.Statements() {
		fmt.Printf("%q (source: %v)\n", c.Text, c.Source != nil)
	}
	// Output:
	// "Macaulay Culkin Dead?" (source: false)
	// "Another Death Hoax Circulates." (source: false)
}

// ExtractInto reads texts one after another into one Document, in the
// memory of the last: once it has read the longest, it allocates next to
// nothing. The claims, sources and contradictions of a text are
// overwritten by the next, so whatever is kept of them is copied out
// first (here, printed); strings, such as a claim's Text, may be kept.
func ExampleExtractor_ExtractInto() {
	e := attribution.New(attribution.Options{})
	var doc attribution.Document
	for _, text := range []string{
		"Acme Builders denied that costs had doubled. The council said that costs had doubled.",
		"The bridge will reopen in May, the mayor said.",
	} {
		if err := e.ExtractInto(&doc, text); err != nil {
			log.Fatal(err)
		}
		for _, c := range doc.Claims {
			fmt.Printf("%s %s | %s | %s\n", c.ID, c.Source, c.Cue.Text(text), c.Text)
		}
		for _, c := range doc.Contradictions() {
			fmt.Printf("%s contradicts %s: %v\n", c.A.ID, c.B.ID, c.Contradicts)
		}
	}
	// Output:
	// c1 Acme Builders | denied | costs had doubled
	// c2 the unnamed council | said | costs had doubled
	// c1 contradicts c2: true
	// c1 the anonymous mayor | said | The bridge will reopen in May
}
