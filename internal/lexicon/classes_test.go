package lexicon

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestClassLines(t *testing.T) {
	const file = "# a comment\n\nstop: a an\n  the this\nneg: not\nstop: that\nloose words\nalias: jan.=january\n"
	var got []ClassLine
	for l := range ClassLines(file) {
		got = append(got, l)
	}
	want := []ClassLine{
		{Line: 3, Class: "stop", Words: []string{"a", "an"}},
		{Line: 4, Class: "stop", Words: []string{"the", "this"}},
		{Line: 5, Class: "neg", Words: []string{"not"}},
		{Line: 6, Class: "stop", Words: []string{"that"}},
		{Line: 7, Class: "stop", Words: []string{"loose", "words"}},
		{Line: 8, Class: "alias", Words: []string{"jan.=january"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ClassLines (-want +got):\n%s", diff)
	}
	// "words before:" has a space in its name: it is no class.
	for l := range ClassLines("words before: any class\nfirst\n") {
		if l.Class != "" {
			t.Errorf("a line before any class: %+v; want class \"\"", l)
		}
	}
}

// FuzzClassLines checks that any file gives lines in order, each with
// words and a class without spaces.
func FuzzClassLines(f *testing.F) {
	f.Add("stop: a an\n  the\n# x\nneg:not\n")
	f.Add(":\n: a\nb:\n\xff: c")
	f.Fuzz(func(t *testing.T, file string) {
		last := 0
		for l := range ClassLines(file) {
			if l.Line <= last || len(l.Words) == 0 && l.Class == "" {
				t.Fatalf("line %+v after line %d", l, last)
			}
			last = l.Line
		}
	})
}
