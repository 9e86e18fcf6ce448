package text

import (
	"strings"
	"testing"
)

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"",
		" \t\r\n",
		"Some U.S. officials said. Mr. Smith agreed.",
		"the U.S. The next day. F.B.I. Director James B. Comey said.",
		"He said, “We will win.” Then he left. “Why now?” he asked.",
		"He paused... Then… nothing. Is it? Yes! (Really.) [Sure.]",
		"1. One.\n2. Two.\r\nSteps: 1. Mix. 2. Bake.",
		"They sold apples, etc. Sales rose. It was no. 2 in Jan. 5.",
		"Visit reuters.com. Or write to a.b@c.d. Growth was 3.5 percent.",
		"One.\u00a0Two.\u2028Three.\u2029Four.\u0085Five.\u3000Six.",
		"\xe2\x80 \xff.\x80 \xc2 \xe2\x80\xa6\xe2 \x00. \x00",
		".\xe2\x80\x9d \xe2\x80\x9c\x80 .\xe2\x80\x99\xc2",
		strings.Repeat("“", 100) + strings.Repeat(`"`, 100) + strings.Repeat(". ", 50),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		spans := Sentences(s, nil, nil)
		checkSentenceSpans(t, s, spans)
		// dst is only appended to.
		again := Sentences(s, nil, spans[:len(spans):len(spans)])
		if len(again) != 2*len(spans) {
			t.Fatalf("appending: got %d spans, want %d", len(again), 2*len(spans))
		}
		for i := range spans {
			if again[i] != spans[i] || again[len(spans)+i] != spans[i] {
				t.Fatalf("appending changed span %d", i)
			}
		}
	})
}
