package claim_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/claim"
)

// The reference article's pair: some American officials see China's
// strategy as backpedaling on commitments, while others say it is a normal
// part of the negotiation process.
func ExampleContradiction() {
	text := "While some American officials see China’s strategy as backpedaling on commitments, " +
		"others were less concerned saying it was a normal part of the negotiation process."
	doc, err := attribution.Extract(text)
	if err != nil {
		panic(err)
	}
	a, b := doc.Claims[0], doc.Claims[len(doc.Claims)-1]
	fmt.Printf("%s: %s\n%s: %s\n", a.Source.Descriptor, a.Text, b.Source.Descriptor, b.Text)
	s := claim.Contradiction(a, b)
	fmt.Printf("score %.2f, contradicts: %v\n", s.Value, s.Contradicts)
	for _, r := range s.Reasons {
		fmt.Printf("%s: %s\n", r.Kind, r.Detail)
	}
	// Output:
	// some American officials: China’s strategy as backpedaling on commitments
	// others: it was a normal part of the negotiation process
	// score 0.69, contradicts: true
	// framing: backpedaling / normal
	// contrast: some American officials / others
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
