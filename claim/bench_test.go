package claim_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/claim"
)

var benchSink float64

// articleClaims returns the claims of the reference article.
func articleClaims(tb testing.TB) []*claim.Claim {
	tb.Helper()
	b, err := os.ReadFile("../examples/tradetalks/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	doc, err := attribution.Extract(string(b))
	if err != nil {
		tb.Fatal(err)
	}
	return doc.Claims
}

// BenchmarkContradiction scores one pair of the reference article's
// claims per op, their features computed once beforehand (as
// Document.Contradictions and Conflicts do). Compare its ns/op with
// BenchmarkByteLoop's, which reads 2 KB of the article.
func BenchmarkContradiction(b *testing.B) {
	claims := articleClaims(b)
	fs := make([]*claim.Features, len(claims))
	for i, c := range claims {
		fs[i] = claim.Analyze(c)
	}
	var pairs [][2]int
	for i := range fs {
		for j := i + 1; j < len(fs); j++ {
			pairs = append(pairs, [2]int{i, j})
		}
	}
	b.ReportAllocs()
	k := 0
	for b.Loop() {
		p := pairs[k%len(pairs)]
		benchSink += claim.Compare(fs[p[0]], fs[p[1]]).Value
		k++
	}
}

// BenchmarkConflictsIn finds the conflicts among the reference article's
// claims, read as one article (as Document.Contradictions does), per op;
// ns/claim is its time divided by the number of claims.
func BenchmarkConflictsIn(b *testing.B) {
	text, err := os.ReadFile("../examples/tradetalks/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := attribution.Extract(string(text))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		benchSink += float64(len(claim.ConflictsIn(doc.Text, doc.Claims)))
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(doc.Claims)), "ns/claim")
}

// BenchmarkAnalyze computes the features of one fresh claim per op: one
// of the reference article's claims, its text made new by a number of its
// own at the end (" (in 1 of 4,096 cases)"), so that no cache of claims or
// of texts can answer it until the 65,536 made beforehand run out.
func BenchmarkAnalyze(b *testing.B) {
	base := articleClaims(b)
	fresh := make([]*claim.Claim, 1<<16)
	for i := range fresh {
		c := *base[i%len(base)]
		c.Text = fmt.Sprintf("%s (in %d of 4,096 cases)", c.Text, i)
		c.Content = hearsay.Span{} // its spans are of the article, not of Text
		fresh[i] = &c
	}
	b.ReportAllocs()
	k := 0
	for b.Loop() {
		f := claim.Analyze(fresh[k%len(fresh)])
		benchSink += float64(len(f.Claim().Text))
		k++
	}
}

// BenchmarkByteLoop sums 2 KB of the reference article: the cost one
// scored pair may reach.
func BenchmarkByteLoop(b *testing.B) {
	text, err := os.ReadFile("../examples/tradetalks/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	text = text[:2048]
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sum := 0
		for i := 0; i < len(text); i++ {
			sum += int(text[i])
		}
		benchSink += float64(sum)
	}
}

// syntheticClaims makes n claims of news-like text: the article's claims
// with words drawn from a large vocabulary in a Zipf distribution, so
// that a few words are common and most rare, as in a real collection.
func syntheticClaims(tb testing.TB, n int) []*claim.Claim {
	base := articleClaims(tb)
	rng := rand.New(rand.NewPCG(1, 2))
	zipf := rand.NewZipf(rng, 1.1, 2, 200_000)
	out := make([]*claim.Claim, n)
	var sb strings.Builder
	for i := range out {
		sb.Reset()
		words := strings.Fields(base[i%len(base)].Text)
		for k, w := range words {
			if k%2 == 1 { // every other word from the vocabulary
				w = fmt.Sprintf("w%d", zipf.Uint64())
			}
			if k > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(w)
		}
		out[i] = &claim.Claim{Text: sb.String(), Polarity: base[i%len(base)].Polarity}
	}
	return out
}

// BenchmarkConflicts finds the conflicts among 10,000 and 100,000 claims:
// ten times the claims should cost at most twenty times the time.
func BenchmarkConflicts(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		claims := syntheticClaims(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				benchSink += float64(len(claim.Conflicts(claims)))
			}
		})
	}
}
