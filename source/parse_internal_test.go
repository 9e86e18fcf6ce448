package source

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzTrimPunct checks trimPunct against the strings.Trim it replaces.
func FuzzTrimPunct(f *testing.F) {
	for _, s := range []string{"", "“Lighthizer,”", "(D-Mo.)", "‘quote’", "U.S.’s", "\xe2\x80", ",;:", "“", "a“b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimPunct(s), strings.Trim(s, ",;:()\"“”‘"); got != want {
			t.Errorf("trimPunct(%q) = %q; strings.Trim gives %q", s, got, want)
		}
	})
}

// FuzzUpper checks upper's fast path against the slow one, which it
// skips for a word that opens with an ASCII letter.
func FuzzUpper(f *testing.F) {
	for _, s := range []string{"", "Lighthizer", "lighthizer", "“Lighthizer", "(D-Mo.)", "'s", "İstanbul", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "\"“‘'("))
		if got, want := upper(s), unicode.IsUpper(r); got != want {
			t.Errorf("upper(%q) = %t; want %t", s, got, want)
		}
	})
}
