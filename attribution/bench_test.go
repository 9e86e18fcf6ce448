package attribution_test

import (
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/source"
)

// benchSink keeps the benchmarks' results alive so that the compiler does
// not drop the work.
var benchSink int

// benchTexts returns the texts the benchmarks read: the reference article,
// and about 1 MB made of the repository's own fixtures (the article and the
// construction sentences, one a line) repeated.
func benchTexts(b *testing.B) []struct{ name, text string } {
	b.Helper()
	article := readArticle(b)
	unit := article + "\n" + strings.Join(constructionTexts(), "\n") + "\n"
	var mb strings.Builder
	for mb.Len() < 1<<20 {
		mb.WriteString(unit)
	}
	return []struct{ name, text string }{
		{"article", article},
		{"1MB", mb.String()},
	}
}

func BenchmarkExtract(b *testing.B) {
	for _, bt := range benchTexts(b) {
		b.Run(bt.name, func(b *testing.B) {
			b.SetBytes(int64(len(bt.text)))
			b.ReportAllocs()
			for b.Loop() {
				doc, err := attribution.Extract(bt.text)
				if err != nil {
					b.Fatal(err)
				}
				benchSink += len(doc.Claims)
			}
		})
	}
}

// BenchmarkByteLoop reads every byte of the same texts once: the floor that
// BenchmarkExtract is measured against.
func BenchmarkByteLoop(b *testing.B) {
	for _, bt := range benchTexts(b) {
		b.Run(bt.name, func(b *testing.B) {
			b.SetBytes(int64(len(bt.text)))
			b.ReportAllocs()
			for b.Loop() {
				sum := 0
				for i := 0; i < len(bt.text); i++ {
					sum += int(bt.text[i])
				}
				benchSink += sum
			}
		})
	}
}

// BenchmarkSourceParse parses, with source.Parse and no phrase cache,
// every source mention that Extract resolves in the same texts: the most
// that parsing source phrases can add to BenchmarkExtract, whose time per
// byte it is compared with (the same SetBytes, so MB/s compare directly).
func BenchmarkSourceParse(b *testing.B) {
	for _, bt := range benchTexts(b) {
		doc, err := attribution.Extract(bt.text)
		if err != nil {
			b.Fatal(err)
		}
		var phrases []string
		for _, s := range doc.Sources {
			for _, m := range s.Mentions {
				phrases = append(phrases, m.Text(bt.text))
			}
		}
		b.Run(bt.name, func(b *testing.B) {
			b.SetBytes(int64(len(bt.text)))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range phrases {
					benchSink += int(source.Parse(p).Kind)
				}
			}
			b.ReportMetric(float64(len(phrases)), "phrases/op")
		})
	}
}
