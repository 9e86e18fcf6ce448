package text

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// readQuotes tokenizes s and reads its quotation marks, as the extractor
// does: every token added, then nested.
func readQuotes(s string) ([]Token, *Quotes) {
	var tz Tokenizer
	toks := tz.Tokenize(s, 0, len(s), nil, nil)
	q := new(Quotes)
	q.Reset(len(toks))
	for i := range toks {
		q.Add(s, toks, i)
	}
	q.Nest()
	return toks, q
}

// quoted returns, for each pair of quotation marks in s, the text between
// them, and the text of the tokens inside a quotation, as Quotes reads s.
func quoted(s string) (pairs, inside []string) {
	toks, q := readQuotes(s)
	for i, j := range q.Pair {
		if int(j) > i {
			pairs = append(pairs, s[toks[i].End:toks[j].Start])
		}
	}
	for i, o := range q.In {
		if o >= 0 && toks[i].Kind == Word {
			inside = append(inside, s[toks[i].Start:toks[i].End])
		}
	}
	return pairs, inside
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name          string
		text          string
		pairs, inside []string
	}{
		{"curly", "“We will,” he said, “win.”", []string{"We will,", "win."}, []string{"We", "will", "win"}},
		{"straight", `"We will," he said.`, []string{"We will,"}, []string{"We", "will"}},
		{"nested", "“He said ‘no’ twice,” she said.", []string{"He said ‘no’ twice,", "no"},
			[]string{"He", "said", "no", "twice"}},
		{"wire quotes", "''It is a special case,'' Mr. Putin said.", []string{"It is a special case,"},
			[]string{"It", "is", "a", "special", "case"}},
		// A quotation left open pairs with nothing; a paragraph that opens
		// with a mark continues it (Cont, which TestQuotesContinue checks).
		{"an unclosed quote ends with its paragraph", "“We will win\n\nThe mayor said nothing.", nil, nil},
		{"a quote over two paragraphs", "“We will win.\n\n“And we always do,” he said.", []string{"And we always do,"},
			[]string{"And", "we", "always", "do"}},
		{"an apostrophe is no mark", "The mayor’s plan, the council’s vote.", nil, nil},
	}
	for _, tc := range tests {
		pairs, inside := quoted(tc.text)
		if diff := cmp.Diff(tc.pairs, pairs) + cmp.Diff(tc.inside, inside); diff != "" {
			t.Errorf("%s: %q (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}

// TestQuotesContinue: the opening mark of a paragraph continues the
// quotation the paragraph before left open, as news style does; a
// paragraph that opens without a mark continues nothing.
func TestQuotesContinue(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"“We will win.\n\n“And we always do,” he said.", 1},
		{"“We will win.\n\nThe mayor said “nothing.”", 0},
		{"“We will win,” he said.\n\n“Always.”", 0},
	} {
		_, q := readQuotes(tc.text)
		if len(q.Cont) != tc.want {
			t.Errorf("%q: %d continued, want %d", tc.text, len(q.Cont), tc.want)
		}
	}
}

// FuzzQuotes checks that marks pair with marks, both ways, each with a
// later one; that a token is inside only an opening mark before it; and
// that a paragraph continues only one before it.
func FuzzQuotes(f *testing.F) {
	for _, s := range []string{"“a” b “c", `"a" "b`, "''a 'b,''' c", "“a\n\n“b” c", strings.Repeat("‘“", 20), "\xff“\xfe”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks, q := readQuotes(s)
		for i, j := range q.Pair {
			if j < 0 {
				continue
			}
			if int(j) >= len(toks) || q.Pair[j] != int32(i) || toks[i].Kind != Quote || toks[j].Kind != Quote || int(j) == i {
				t.Fatalf("token %d pairs with %d", i, j)
			}
		}
		for i, o := range q.In {
			if o >= 0 && (int(o) >= i || q.Pair[o] <= o || toks[o].Kind != Quote) {
				t.Fatalf("token %d is inside %d, no opening mark before it", i, o)
			}
		}
		for open, prev := range q.Cont {
			if prev >= open || toks[open].Kind != Quote || toks[prev].Kind != Quote {
				t.Fatalf("mark %d continues %d", open, prev)
			}
		}
	})
}
