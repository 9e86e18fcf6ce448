package hearsay_test

import (
	"fmt"
	"log"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/attribution"
)

// Extract a short story: who claims what, how each source is named, which
// claim is reported within another, who did not answer, and which claims
// contradict each other.
func Example() {
	article := "Some teachers are concerned that the school will close, according to parents familiar with the plan. " +
		"Tom Reyes said the vote was fair. “The count was slow,” he said. " +
		"The Education Department didn't immediately respond to a request for comment. " +
		"Mayor Ann Cole said the school will not close."

	doc, err := attribution.Extract(article)
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range doc.Claims {
		fmt.Printf("%s: %s\n", c.ID, c.Source)
		fmt.Printf("  named as %q, cue %q (%s), %s, %s\n",
			c.SourceMention.Text(article), c.Cue.Text(article), c.CueClass, c.Quote, c.Polarity)
		fmt.Printf("  %q\n", c.Text)
		if c.Parent != nil {
			fmt.Printf("  reported within %s\n", c.Parent.ID)
		}
	}
	for _, s := range doc.Sources {
		if s.NoResponse {
			fmt.Println("no response:", s.Mentions[0].Text(article))
		}
	}
	for _, c := range doc.Contradictions() {
		fmt.Printf("%s ~ %s: %.2f, contradicts: %v\n", c.A.ID, c.B.ID, c.Value, c.Contradicts)
		for _, r := range c.Reasons {
			fmt.Printf("  %s: %s\n", r.Kind, r.Detail)
		}
	}
	// Output:
	// c1: some anonymous teachers
	//   named as "Some teachers", cue "concerned" (attitude), indirect, asserted
	//   "the school will close"
	//   reported within c2
	// c2: anonymous parents familiar with the plan
	//   named as "parents familiar with the plan", cue "according to" (speech), indirect, asserted
	//   "Some teachers are concerned that the school will close"
	// c3: Tom Reyes
	//   named as "Tom Reyes", cue "said" (speech), indirect, asserted
	//   "the vote was fair"
	// c4: Tom Reyes
	//   named as "he", cue "said" (speech), direct, asserted
	//   "The count was slow"
	// c5: Ann Cole (Mayor)
	//   named as "Mayor Ann Cole", cue "said" (speech), indirect, asserted
	//   "the school will not close"
	// no response: The Education Department
	// c1 ~ c5: 0.95, contradicts: true
	//   negation: not close / close
	// c2 ~ c5: 0.95, contradicts: true
	//   negation: not close / close
}

func ExampleSpan_Text() {
	text := "Prices will fall, the minister said."
	cue := hearsay.Span{Start: 31, End: 35}
	fmt.Printf("%s %q\n", cue, cue.Text(text))
	fmt.Printf("%q\n", hearsay.Span{Start: 30, End: 99}.Text(text)) // outside the text: ""
	// Output:
	// [31,35) "said"
	// ""
}

func ExampleSpan_Len() {
	s := hearsay.Span{Start: 4, End: 9}
	fmt.Println(s.Len(), s.Empty(), s.IsZero(), hearsay.Span{}.IsZero())
	// Output:
	// 5 false false true
}

func ExampleSpan_Empty() {
	fmt.Println(hearsay.Span{Start: 3, End: 3}.Empty(), hearsay.Span{Start: 3, End: 4}.Empty())
	// Output:
	// true false
}

func ExampleSpan_IsZero() {
	fmt.Println(hearsay.Span{}.IsZero(), hearsay.Span{Start: 0, End: 1}.IsZero())
	// Output:
	// true false
}

func ExampleSpan_Contains() {
	sentence := hearsay.Span{Start: 0, End: 36}
	cue := hearsay.Span{Start: 31, End: 35}
	fmt.Println(sentence.Contains(cue), cue.Contains(sentence))
	// Output:
	// true false
}

func ExampleSpan_Overlaps() {
	a := hearsay.Span{Start: 0, End: 5}
	fmt.Println(a.Overlaps(hearsay.Span{Start: 4, End: 8}), a.Overlaps(hearsay.Span{Start: 5, End: 8}),
		a.Overlaps(hearsay.Span{Start: 2, End: 2}))
	// Output:
	// true false false
}

func ExampleSpan_Union() {
	first := hearsay.Span{Start: 1, End: 8}    // “We will,
	second := hearsay.Span{Start: 20, End: 26} // “win.”
	fmt.Println(first.Union(second), hearsay.Span{}.Union(second))
	// Output:
	// [1,26) [20,26)
}

func ExampleSpan_String() {
	fmt.Println(hearsay.Span{Start: 31, End: 35}.String())
	// Output:
	// [31,35)
}

// Point a reader at each claim's cue, as line:column. Columns count bytes,
// as go/token's do: each curly quote mark is three.
func ExampleLineIndex() {
	article := "Tom Reyes said the vote was fair.\n\n“The count was slow,” he said.\n"
	doc, err := attribution.Extract(article)
	if err != nil {
		log.Fatal(err)
	}
	lines := hearsay.NewLineIndex(article)
	for _, c := range doc.Claims {
		start, end := lines.Span(c.Cue)
		fmt.Printf("%s-%s %q\n", start, end, c.Cue.Text(article))
	}
	// Output:
	// 1:11-1:15 "said"
	// 3:30-3:34 "said"
}

func ExamplePosition_String() {
	lines := hearsay.NewLineIndex("one\ntwo")
	fmt.Println(lines.Position(5), lines.Position(99))
	// Output: 2:2 -
}
