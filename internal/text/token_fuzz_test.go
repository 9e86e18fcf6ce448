package text

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzTokenize checks that tokens lie in order inside the text, on rune
// boundaries, never empty, and that their folded forms are valid to read.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"", "U.S.’s views", "“We will,” he said, “win.”", "''quoted,'' he said", "\xff\xfe\x00\x00 a",
		"didn’t", "F.B.I. Director James B. Comey said", strings.Repeat("“", 50), "ÉCOLE Straße",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var tz Tokenizer
		toks := tz.Tokenize(s, 0, len(s), nil, nil)
		prev := 0
		for i := range toks {
			tk := &toks[i]
			st, en := int(tk.Start), int(tk.End)
			if st < prev || en <= st || en > len(s) {
				t.Fatalf("token %d [%d,%d) out of order or empty (prev end %d, len %d)", i, st, en, prev, len(s))
			}
			if !runeStart(s, st) || !runeStart(s, en) {
				t.Fatalf("token %d [%d,%d) not on rune boundaries in %q", i, st, en, s)
			}
			_ = tz.Fold(s, tk) // must not panic
			prev = en
		}
	})
}

// runeStart reports whether i is where Go's range loop over s starts a
// rune, or the end of s.
func runeStart(s string, i int) bool {
	if i == len(s) {
		return true
	}
	for k := range s {
		if k == i {
			return true
		}
		if k > i {
			return false
		}
	}
	return false
}

func TestTokenize(t *testing.T) {
	s := "“We won’t,” the U.S.’s envoy said. ''Never.''"
	var tz Tokenizer
	toks := tz.Tokenize(s, 0, len(s), nil, nil)
	var got []string
	for i := range toks {
		got = append(got, tz.Fold(s, &toks[i]))
	}
	want := []string{`"`, "we", "won't", ",", `"`, "the", "u.s.'s", "envoy", "said", ".", `"`, "never", ".", `"`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("folds = %q\nwant    %q", got, want)
	}
	if toks[0].Flags&Open == 0 || toks[4].Flags&Close == 0 || toks[10].Flags&Open == 0 || toks[13].Flags&Close == 0 {
		t.Errorf("quote flags wrong: %+v", toks)
	}
	if !utf8.ValidString(tz.Fold(s, &toks[2])) {
		t.Error("fold not valid UTF-8")
	}
}

// FuzzLowerEnd checks the eight-byte scan for lower-case letters against a
// byte loop.
func FuzzLowerEnd(f *testing.F) {
	for _, s := range []string{"abcdefgh", "abcdefgH", "abc defg", "\xffabcdefg", "abcdefg\xff", "za{`aZzA", "a\xe1bcdefg", "abcdefghijklmnopq r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for j := range min(len(s), 9) {
			checkLowerEnd(t, s, j)
		}
	})
}

func checkLowerEnd(t *testing.T, s string, j int) {
	t.Helper()
	want := j
	for want < len(s) && 'a' <= s[want] && s[want] <= 'z' {
		want++
	}
	if got := lowerEnd(s, j, len(s)); got != want {
		t.Fatalf("lowerEnd(%q, %d) = %d, want %d", s, j, got, want)
	}
}

// TestLowerEnd tries every byte at every place among lower-case letters,
// and after a byte of 0xff.
func TestLowerEnd(t *testing.T) {
	for _, base := range []string{"abcdefgzabcdefgz", "\xffzzzzzzzzzzzzzzz", "zz\xe1zzzzzzzzzzzzz"} {
		for i := range len(base) {
			for c := range 256 {
				b := []byte(base)
				b[i] = byte(c)
				for j := range 3 {
					checkLowerEnd(t, string(b), j)
				}
			}
		}
	}
}

// Three marks that close a quotation within a quotation in wire copy are
// the inner ' and then the outer ”.
func TestTokenizeWireQuotes(t *testing.T) {
	s := "''We were told, 'It is a special case,''' he said."
	var tz Tokenizer
	toks := tz.Tokenize(s, 0, len(s), nil, nil)
	var got []string
	for i := range toks {
		if toks[i].Kind == Quote {
			got = append(got, s[toks[i].Start:toks[i].End])
		}
	}
	if want := []string{"''", "'", "'", "''"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("quote marks = %q, want %q", got, want)
	}
	var flags []uint8
	for i := range toks {
		if toks[i].Kind == Quote {
			flags = append(flags, toks[i].Flags&(Open|Close|Single))
		}
	}
	if want := []uint8{Open, Open | Single, Close | Single, Close}; fmt.Sprint(flags) != fmt.Sprint(want) {
		t.Errorf("quote flags = %v, want %v (open, open single, close single, close)", flags, want)
	}
}

// TestTokenizeReuse checks that a Tokenizer with Reuse set folds as one
// without it, text after text, and that it does share its buffer: the
// folded forms of one call are those of the next.
func TestTokenizeReuse(t *testing.T) {
	texts := []string{"The U.S.’s Envoy SAID", "ÉCOLE Straße, Didn’t", "", "Quietly And Loudly"}
	var plain, reuse Tokenizer
	reuse.Reuse = true
	for _, s := range texts {
		want := plain.Tokenize(s, 0, len(s), nil, nil)
		got := reuse.Tokenize(s, 0, len(s), nil, nil)
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens with Reuse, %d without", s, len(got), len(want))
		}
		for i := range got {
			if g, w := reuse.Fold(s, &got[i]), plain.Fold(s, &want[i]); g != w {
				t.Errorf("%q: token %d folds to %q with Reuse, %q without", s, i, g, w)
			}
		}
	}
	first := reuse.Tokenize("Alpha", 0, 5, nil, nil)
	folded := reuse.Folded()
	reuse.Tokenize("Omega", 0, 5, nil, nil)
	if len(first) != 1 || folded != "omega" {
		t.Errorf("the folded forms of one call with Reuse are %q after the next; want them overwritten (%q)", folded, "omega")
	}
}
