package attribution_test

import "testing"

// TestContentEnds: a content ends where the source's second predicate
// begins ("and shared a link", "and urging", "and calls her") or where an
// adjunct of what the source did follows the attribution ("pointing to
// his ears"); a predicate of the content's own subject, or a cue that
// takes a clause, keeps its coordination.
func TestContentEnds(t *testing.T) {
	tests := []struct {
		text   string
		claims []row
	}{
		{"Trump called Kasich a “nice guy” and shared a link to his webpage.",
			[]row{{Mention: "Trump", Cue: "called", Class: "speech", Content: "Kasich a “nice guy”", Quote: "mixed", Polarity: "asserted"}}},
		{"Trump insisted, saying he is winning and urging his supporters to fight.",
			[]row{said("Trump", "saying", "he is winning")}},
		{"Trump says he respects Clinton and calls her an intelligent woman.",
			[]row{said("Trump", "says", "he respects Clinton"), said("Trump", "calls", "her an intelligent woman")}},
		{"“It goes in here and goes out here,” Tom Ebeling said, pointing to one and then the other of his ears.",
			[]row{{Mention: "Tom Ebeling", Cue: "said", Class: "speech", Content: "It goes in here and goes out here", Quote: "direct", Polarity: "asserted"},
				said("Tom Ebeling", "pointing to", "one and then the other of his ears")}},
		// The content's own coordination stays.
		{"The mayor said the company hired workers and raised wages.",
			[]row{said("The mayor", "said", "the company hired workers and raised wages")}},
		{"She says the city grows and changes every year.",
			[]row{said("She", "says", "the city grows and changes every year")}},
	}
	for _, tc := range tests {
		checkClaims(t, tc.text, tc.claims, nil)
	}
}
