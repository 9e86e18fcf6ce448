package attribution

import (
	"strings"
	"testing"
)

// TestJoinedLookup checks that every word of the joined lexicons is found
// at its own entry, and that words near them (one byte changed, longer,
// shorter) are not found unless they are words too.
func TestJoinedLookup(t *testing.T) {
	m := make(map[string]*entry)
	for w, c := range wordClasses() {
		m[w] = &entry{class: c}
	}
	for _, w := range []string{"a", "ab", "abc", "abcd", "abcde", "abcdefgh", "abcdefghi", "according to", strings.Repeat("x", 40)} {
		if m[w] == nil {
			m[w] = &entry{}
		}
	}
	j := newJoined(m)
	for w, e := range m {
		if got := j.list[j.lookup(w)]; got != e {
			t.Errorf("lookup(%q) = %p, want %p", w, got, e)
		}
		for _, v := range []string{w + "s", w[1:], w[:len(w)-1], "x" + w, w[:len(w)-1] + "\xff", strings.ToUpper(w)} {
			if got := j.list[j.lookup(v)]; got != m[v] {
				t.Errorf("lookup(%q) = %p, want %p", v, got, m[v])
			}
		}
	}
	if j.lookup("") != 0 {
		t.Errorf(`lookup("") found an entry`)
	}
}

// TestAnonymityWords checks that every word that makes a reason for
// anonymity (anonymity.go) is in the anon class of words.txt, by which a
// sentence that may hold one is told.
func TestAnonymityWords(t *testing.T) {
	words := []string{"condition", "anonymity"}
	for _, m := range []map[string]bool{allowedTo, withheld, unnamed} {
		for w := range m {
			words = append(words, w)
		}
	}
	classes := wordClasses()
	for _, w := range words {
		if classes[w]&wAnon == 0 {
			t.Errorf("%q makes a reason for anonymity but is not in the anon class of words.txt", w)
		}
	}
}
