package claim_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/claim"
)

// The reference article's pair: some American officials see China's
// strategy as backpedaling on commitments, while others say it is a normal
// part of the negotiation process. The two share no word; read as one
// article, "it" points back at what the first claim speaks of.
func ExampleConflictsIn() {
	text := "While some American officials see China’s strategy as backpedaling on commitments, " +
		"others were less concerned saying it was a normal part of the negotiation process."
	doc, err := attribution.Extract(text)
	if err != nil {
		panic(err)
	}
	a, b := doc.Claims[0], doc.Claims[len(doc.Claims)-1]
	fmt.Printf("%s: %s\n%s: %s\n", a.Source.Descriptor, a.Text, b.Source.Descriptor, b.Text)
	fmt.Printf("read alone: %.2f\n", claim.Contradiction(a, b).Value)
	for _, c := range claim.ConflictsIn(text, doc.Claims) {
		fmt.Printf("in the article: %.2f, contradicts: %v\n", c.Value, c.Contradicts)
		for _, r := range c.Reasons {
			fmt.Printf("%s: %s\n", r.Kind, r.Detail)
		}
	}
	// Output:
	// some American officials: China’s strategy as backpedaling on commitments
	// others: it was a normal part of the negotiation process
	// read alone: 0.00
	// in the article: 0.86, contradicts: true
	// framing: backpedaling / normal
	// contrast: some American officials / others
	// contrast: opposed sides differ in what they say
}

// Two claims that say the same thing in opposite ways conflict, read
// alone or in an article.
func ExampleContradiction() {
	a := &claim.Claim{Text: "The city's talks with the union have stalled"}
	b := &claim.Claim{Text: "The talks with the union are moving along nicely"}
	s := claim.Contradiction(a, b)
	fmt.Printf("score %.2f, contradicts: %v\n", s.Value, s.Contradicts)
	for _, r := range s.Reasons {
		fmt.Printf("%s: %s\n", r.Kind, r.Detail)
	}
	// Output:
	// score 0.75, contradicts: true
	// framing: stalled / moving along nicely
}

// A claim of a text that attributes nothing, such as a headline, is its
// sentence with no source.
func ExampleScorer_Contradiction() {
	s := claim.NewScorer(claim.Options{Threshold: 0.8})
	a := &claim.Claim{Text: "A woman is eating a cupcake"}
	b := &claim.Claim{Text: "A woman is not eating a cupcake"}
	c := &claim.Claim{Text: "Oil prices fell on Tuesday"}
	for _, x := range []*claim.Claim{b, c} {
		sc := s.Contradiction(a, x)
		fmt.Printf("%q: %.2f %v\n", x.Text, sc.Value, sc.Contradicts)
	}
	// Output:
	// "A woman is not eating a cupcake": 0.95 true
	// "Oil prices fell on Tuesday": 0.00 false
}

// Features are computed once per claim; comparing them is much cheaper
// than reading the claims again.
func ExampleCompare() {
	claims := []*claim.Claim{
		{Text: "Oil prices rose sharply on Tuesday"},
		{Text: "Oil prices fell sharply on Tuesday"},
		{Text: "U.S. and Chinese officials had come up with an almost 30-page text"},
		{Text: "U.S. and Chinese officials had come up with a 50-page text"},
	}
	fs := make([]*claim.Features, len(claims))
	for i, c := range claims {
		fs[i] = claim.Analyze(c)
	}
	for _, p := range [][2]int{{0, 1}, {2, 3}, {0, 3}} {
		s := claim.Compare(fs[p[0]], fs[p[1]])
		fmt.Printf("%d~%d %.2f", p[0], p[1], s.Value)
		for _, r := range s.Reasons {
			fmt.Printf(" %s (%s)", r.Kind, r.Detail)
		}
		fmt.Println()
	}
	// Output:
	// 0~1 0.89 antonym (rose / fell)
	// 2~3 0.95 number (30-page / 50-page)
	// 0~3 0.00
}

// Conflicts finds the conflicting pairs among many claims without
// comparing every pair.
func ExampleConflicts() {
	b, err := os.ReadFile("../examples/tradetalks/article.txt")
	if err != nil {
		panic(err)
	}
	doc, err := attribution.Extract(string(b))
	if err != nil {
		panic(err)
	}
	for _, c := range claim.Conflicts(doc.Claims)[:3] {
		fmt.Printf("%.2f %s ~ %s: %s\n", c.Value, clipText(c.A.Text), clipText(c.B.Text), c.Reasons[0].Detail)
	}
	// Output:
	// 0.85 Chinese negotiators have shifted… ~ Chinese officials have backed away…: shifted their stance / backed away
	// 0.85 Beijing has also stepped back from… ~ Chinese officials have backed away…: stepped back / backed away
	// 0.79 Some U.S. officials are concerned… ~ talks with China are “moving…: slows / moving along nicely
}

func clipText(s string) string {
	if i := strings.IndexByte(s[min(len(s), 30):], ' '); i >= 0 {
		return s[:30+i] + "…"
	}
	return s
}

func ExampleAnalyze() {
	c := &claim.Claim{Text: "The ministry did not approve the 50-page plan"}
	f := claim.Analyze(c)
	fmt.Println(f.Claim() == c)
	// Output:
	// true
}

func ExampleFeatures_Claim() {
	c := &claim.Claim{Text: "Prices will fall"}
	fmt.Println(claim.Analyze(c).Claim().Text)
	// Output:
	// Prices will fall
}

func ExampleNewScorer() {
	lenient := claim.NewScorer(claim.Options{Threshold: 0.3})
	strict := claim.NewScorer(claim.Options{})
	fmt.Println(lenient.Threshold(), strict.Threshold())
	// Output:
	// 0.3 0.5
}

func ExampleScorer_Threshold() {
	fmt.Println(claim.NewScorer(claim.Options{}).Threshold() == claim.DefaultThreshold)
	// Output:
	// true
}

func ExampleScorer_Compare() {
	s := claim.NewScorer(claim.Options{})
	a := claim.Analyze(&claim.Claim{Text: "Two people were injured in the crash"})
	b := claim.Analyze(&claim.Claim{Text: "Four people were injured in the crash"})
	sc := s.Compare(a, b)
	fmt.Printf("%.2f %v %s: %s\n", sc.Value, sc.Contradicts, sc.Reasons[0].Kind, sc.Reasons[0].Detail)
	// Output:
	// 0.95 true number: two / four
}

// CompareAll reads two texts as sets of statements: a headline against an
// article's sentences.
func ExampleScorer_CompareAll() {
	s := claim.NewScorer(claim.Options{})
	analyze := func(texts ...string) []*claim.Features {
		var fs []*claim.Features
		for _, t := range texts {
			fs = append(fs, claim.Analyze(&claim.Claim{Text: t}))
		}
		return fs
	}
	headline := analyze("Macaulay Culkin is dead")
	article := analyze("Macaulay Culkin posted a photo on Sunday.", "The report of his death is a hoax.",
		"Macaulay Culkin is alive and well.")
	sc := s.CompareAll(headline, article)
	fmt.Printf("%.2f %v %s: %s\n", sc.Value, sc.Contradicts, sc.Reasons[0].Kind, sc.Reasons[0].Detail)
	// Output:
	// 0.84 true antonym: dead / alive
}

func ExampleScorer_Conflicts() {
	claims := []*claim.Claim{
		{Text: "The bridge is safe"},
		{Text: "Oil prices rose on Tuesday"},
		{Text: "The bridge is not safe"},
		{Text: "Oil prices fell on Tuesday"},
	}
	for _, c := range claim.NewScorer(claim.Options{}).Conflicts(claims) {
		fmt.Printf("%q ~ %q: %.2f %s\n", c.A.Text, c.B.Text, c.Value, c.Reasons[0].Kind)
	}
	// Output:
	// "The bridge is safe" ~ "The bridge is not safe": 0.95 negation
	// "Oil prices rose on Tuesday" ~ "Oil prices fell on Tuesday": 0.87 antonym
}

func ExampleScorer_ConflictsOf() {
	fs := []*claim.Features{
		claim.Analyze(&claim.Claim{Text: "The talks have stalled"}),
		claim.Analyze(&claim.Claim{Text: "The talks are moving along nicely"}),
	}
	for _, c := range claim.NewScorer(claim.Options{}).ConflictsOf(fs) {
		fmt.Printf("%q ~ %q: %s (%s)\n", c.A.Text, c.B.Text, c.Reasons[0].Kind, c.Reasons[0].Detail)
	}
	// Output:
	// "The talks have stalled" ~ "The talks are moving along nicely": framing (stalled / moving along nicely)
}

func ExampleReasonKind_String() {
	for _, k := range []claim.ReasonKind{claim.ReasonDenial, claim.ReasonCoHyponym, claim.ReasonFraming} {
		fmt.Println(k)
	}
	// Output:
	// denial
	// co-hyponym
	// framing
}

func ExampleReasonKind_MarshalText() {
	b, _ := json.Marshal(map[string]claim.ReasonKind{"kind": claim.ReasonAntonym})
	fmt.Println(string(b))
	// Output:
	// {"kind":"antonym"}
}
