package attribution

import (
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/internal/text"
)

// intros returns the introductions of s, read from its tokens.
func intros(s string) []introduction {
	var tz text.Tokenizer
	toks := tz.Tokenize(s, 0, len(s), nil, nil)
	var at []int32
	for k := range toks {
		if introCandidate(toks, k) {
			at = append(at, int32(k))
		}
	}
	return appendIntroductions(nil, s, toks, at)
}

// FuzzIntroductions checks that every introduction read from any text is
// a name standing in the text where it says, after its noun, and that
// reading ends.
func FuzzIntroductions(f *testing.F) {
	for _, s := range []string{
		"The president has an admirer in British diplomat Sir Peter Westmacott.",
		"Marvel cast actor Michael B. Jordan as the Human Torch.",
		"“Broad City” star Arturo Castro turned the tables.",
		"campaign of candidate Donald Trump’s rival",
		"star A", "star Ab Cd", "x Ab. Cd.", "", "  \n ", "the\xffstar Ab Cd",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, in := range intros(text) {
			if in.at < 0 || in.at+len(in.name) > len(text) || !strings.Contains(text[in.at:], in.name) {
				t.Fatalf("%q: name %q at %d is not in the text there", text, in.name, in.at)
			}
			if !lowerWord(in.head) || !strings.Contains(text[:in.at], in.head) {
				t.Fatalf("%q: noun %q of %q is no lower-case word before it", text, in.head, in.name)
			}
			if strings.Count(in.name, " ") < 1 {
				t.Fatalf("%q: name %q is one word", text, in.name)
			}
		}
	})
}

// TestIntroductions checks the names read after nouns.
func TestIntroductions(t *testing.T) {
	for _, tc := range []struct{ text, head, name string }{
		{"an admirer in British diplomat Sir Peter Westmacott.", "diplomat", "Sir Peter Westmacott"},
		{"Marvel cast actor Michael B. Jordan as the Human Torch.", "actor", "Michael B. Jordan"},
		{"“Broad City” star Arturo Castro turned the tables.", "star", "Arturo Castro"},
		{"the campaign of candidate Donald Trump’s rival", "candidate", "Donald Trump"},
		{"Schoen told host Sean Hannity, a friend, that", "host", "Sean Hannity"},
	} {
		got := intros(tc.text)
		if len(got) != 1 || got[0].head != tc.head || got[0].name != tc.name {
			t.Errorf("%q: %+v, want %s %q", tc.text, got, tc.head, tc.name)
		}
	}
	for _, text := range []string{"said Trump.", "Mr. Trump said", "star Castro said", "the star"} {
		if got := intros(text); len(got) != 0 {
			t.Errorf("%q: %+v, want no introduction", text, got)
		}
	}
}
