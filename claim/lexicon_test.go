package claim

import (
	"strings"
	"testing"
)

// The embedded word lists parse, and bad lines are reported with their
// file and line.
func TestParseLexicon(t *testing.T) {
	l, err := parseLexicon(wordsFile, stanceFile, statesFile)
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]wordClass{"not": wNeg, "hoax": wRefute, "the": wStop | wDet, "no": wNeg | wQuantifier} {
		if got := l.class[w]; got&want != want {
			t.Errorf("class of %q = %b, want %b set", w, got, want)
		}
	}
	if !l.pairs[[2]string{"cast", "doubt"}] || l.num["twenty"] != 20 {
		t.Error("two-word refutations or number values missing")
	}
	for _, tc := range []struct {
		stance        string
		weak, topical bool
	}{{"d +: x", false, false}, {"d +?: x", true, false}, {"d -!: x", false, true}, {"d -?!: x", true, true}} {
		l, err := parseLexicon("", tc.stance, "")
		if err != nil {
			t.Fatal(err)
		}
		if p := l.stance["x"][0]; p.weak != tc.weak || p.topical != tc.topical {
			t.Errorf("%q: weak %v topical %v, want %v %v", tc.stance, p.weak, p.topical, tc.weak, tc.topical)
		}
	}
	// Alternatives: each opens the phrase, and a later word may be any of
	// its own.
	alt, err := parseLexicon("", "progress +: move|go along|forward", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(alt.stance["move"]) != 1 || len(alt.stance["go"]) != 1 || len(alt.stance["move"][0].words[1]) != 2 {
		t.Errorf("alternatives: %+v", alt.stance)
	}
	var many strings.Builder
	for i := range 65 {
		many.WriteString("d" + string(rune('a'+i/26)) + string(rune('a'+i%26)) + " +: word\n")
	}
	manyDims := many.String()
	for _, tc := range []struct{ words, stance, want string }{
		{"bogus: a b", "", `words.txt:1: unknown class "bogus"`},
		{"a b", "", "words.txt:1: words before a class"},
		{"number: two", "", `words.txt:1: number without a value: "two"`},
		{"opposite: up", "", `words.txt:1: want two words joined by /: "up"`},
		{"alias: jan.", "", `words.txt:1: alias without a word: "jan."`},
		{"refute2: castdoubt", "", `words.txt:1: want two words joined by +: "castdoubt"`},
		{"", "progress: slow", "stance.txt:1: want DIMENSION SIGN: PHRASE"},
		{"", "progress *: slow", "stance.txt:1: sign is not + or -"},
		{"", manyDims, "stance.txt:65: more than 64 dimensions"},
		{"", "progress +: go well|", `stance.txt:1: empty alternative in "well|"`},
	} {
		_, err := parseLexicon(tc.words, tc.stance, "")
		if err == nil || err.Error() != "claim: "+tc.want {
			t.Errorf("parseLexicon(%q, %q…): %v, want %q", tc.words, tc.stance[:min(len(tc.stance), 20)], err, tc.want)
		}
	}
}
