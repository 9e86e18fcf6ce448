package hearsay_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	hearsay "github.com/hearsay-go/hearsay"
)

func TestLineIndex(t *testing.T) {
	const text = "He said:\r\n“It’s done.”\n\nShe agreed.\n" // “ ’ ” are three bytes each
	x := hearsay.NewLineIndex(text)
	if got, want := x.Lines(), 5; got != want {
		t.Errorf("Lines() = %d, want %d", got, want)
	}
	for _, tc := range []struct {
		offset int
		want   hearsay.Position
		str    string
	}{
		{0, hearsay.Position{Offset: 0, Line: 1, Column: 1}, "1:1"},
		{8, hearsay.Position{Offset: 8, Line: 1, Column: 9}, "1:9"},                                  // "\r" ends line 1
		{9, hearsay.Position{Offset: 9, Line: 1, Column: 10}, "1:10"},                                // so does "\n"
		{10, hearsay.Position{Offset: 10, Line: 2, Column: 1}, "2:1"},                                // “
		{15, hearsay.Position{Offset: 15, Line: 2, Column: 6}, "2:6"},                                // ’, after “It
		{len("He said:\r\n“It’s done.”\n"), hearsay.Position{Offset: 29, Line: 3, Column: 1}, "3:1"}, // an empty line
		{len(text) - 1, hearsay.Position{Offset: 41, Line: 4, Column: 12}, "4:12"},
		{len(text), hearsay.Position{Offset: 42, Line: 5, Column: 1}, "5:1"}, // the end: a Span's End
		{len(text) + 1, hearsay.Position{}, "-"},
		{-1, hearsay.Position{}, "-"},
	} {
		got := x.Position(tc.offset)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Position(%d) (-want +got):\n%s", tc.offset, diff)
		}
		if got.String() != tc.str {
			t.Errorf("Position(%d).String() = %q, want %q", tc.offset, got.String(), tc.str)
		}
		if got.IsValid() != (tc.str != "-") {
			t.Errorf("Position(%d).IsValid() = %v", tc.offset, got.IsValid())
		}
	}

	she := hearsay.Span{Start: strings.Index(text, "She"), End: len(text) - 1} // "She agreed."
	if start, end := x.Span(she); start.String() != "4:1" || end.String() != "4:12" {
		t.Errorf("Span(%s) = %s, %s; want 4:1, 4:12", she, start, end)
	}
}

func TestLineIndexEmpty(t *testing.T) {
	x := hearsay.NewLineIndex("")
	want := hearsay.Position{Offset: 0, Line: 1, Column: 1}
	if diff := cmp.Diff(want, x.Position(0)); diff != "" || x.Lines() != 1 {
		t.Errorf("empty text: Lines() = %d, Position(0) (-want +got):\n%s", x.Lines(), diff)
	}
}

// FuzzLineIndex checks every offset of any text against a count of the
// "\n" bytes before it.
func FuzzLineIndex(f *testing.F) {
	for _, s := range []string{"", "\n", "a\nb", "\r\n\r\n", "“U.S.”\n\xff\n", strings.Repeat("x\n", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 4096 {
			return // the check below is quadratic
		}
		x := hearsay.NewLineIndex(text)
		if x.Lines() != strings.Count(text, "\n")+1 {
			t.Fatalf("Lines() = %d for %d newlines", x.Lines(), strings.Count(text, "\n"))
		}
		for off := 0; off <= len(text); off++ {
			p := x.Position(off)
			line := strings.Count(text[:off], "\n") + 1
			col := off - (strings.LastIndexByte(text[:off], '\n') + 1) + 1
			if p != (hearsay.Position{Offset: off, Line: line, Column: col}) {
				t.Fatalf("Position(%d) = %+v, want line %d column %d", off, p, line, col)
			}
		}
		if x.Position(-1).IsValid() || x.Position(len(text)+1).IsValid() {
			t.Fatal("an offset outside the text has a valid position")
		}
	})
}
