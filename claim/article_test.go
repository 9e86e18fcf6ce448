package claim_test

import (
	"strings"
	"testing"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/source"
)

// article builds an article from sentences of the form "SOURCE: CONTENT":
// each is a claim of SOURCE (one source for each distinct name), with its
// Content a span of the text.
func article(lines ...string) (string, []*claim.Claim) {
	var b strings.Builder
	var claims []*claim.Claim
	srcs := map[string]*source.Source{}
	for i, l := range lines {
		name, content, _ := strings.Cut(l, ": ")
		src := srcs[name]
		if src == nil {
			src = &source.Source{Kind: source.Named, Entity: source.Person, Name: name}
			srcs[name] = src
		}
		start := b.Len() + len(name) + 1
		m := hearsay.Span{Start: b.Len(), End: b.Len() + len(name)}
		src.Mentions = append(src.Mentions, m)
		b.WriteString(name + " " + content + ".\n")
		claims = append(claims, &claim.Claim{ID: "c" + string(rune('1'+i)), Source: src, SourceMention: m,
			Content: hearsay.Span{Start: start, End: start + len(content)}, Text: content, Sentence: i})
	}
	return b.String(), claims
}

// conflictOf returns the conflict of claims a and b in cs, or a zero one.
func conflictOf(cs []claim.Conflict, a, b *claim.Claim) claim.Conflict {
	for _, c := range cs {
		if c.A == a && c.B == b || c.A == b && c.B == a {
			return c
		}
	}
	return claim.Conflict{}
}

// TestConflictsInTopic: in an article, opposed framing counts between
// claims on the article's topic, or where one's pronoun points at the
// other, though they share no word; not between a claim on the topic and
// one about something else.
func TestConflictsInTopic(t *testing.T) {
	tests := []struct {
		name        string
		lines       []string
		a, b        int
		contradicts bool
	}{
		{"on the article's topic", []string{
			"Lee: Beijing backpedaled on its commitments",
			"Kim: the negotiations are a normal part of the process",
			"Park: Beijing's negotiations with Washington resumed on Monday",
		}, 0, 1, true},
		{"a pronoun that points back", []string{
			"Lee: China’s strategy is backpedaling on commitments",
			"Kim: it was a normal part of the process",
		}, 0, 1, true},
		{"the weather is no part of the talks", []string{
			"Lee: China backpedaled on its trade promises",
			"Kim: the trade talks with China resumed on Monday",
			"Park: the weather was normal for October",
		}, 0, 2, false},
		{"a pronoun two sentences on points at nothing", []string{
			"Lee: China’s strategy is backpedaling on commitments",
			"Kim: markets rose on Monday",
			"Park: bonds fell",
			"Ortiz: it was a normal part of the process",
		}, 0, 3, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, claims := article(tc.lines...)
			got := conflictOf(claim.ConflictsIn(text, claims), claims[tc.a], claims[tc.b])
			if got.Contradicts != tc.contradicts {
				t.Errorf("%q ~ %q: %+v; want contradicts %v", claims[tc.a].Text, claims[tc.b].Text, got.Score, tc.contradicts)
			}
			if alone := claim.Contradiction(claims[tc.a], claims[tc.b]); alone.Value != 0 {
				t.Errorf("read alone: %+v, want 0 for claims that share no word", alone)
			}
		})
	}
}
