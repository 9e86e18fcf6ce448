package attribution_test

import (
	"os"
	"testing"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/source"
)

// benchSink keeps the benchmarks' results alive so that the compiler does
// not drop the work.
var benchSink int

// benchTexts returns the texts the benchmarks read: the reference article,
// and testdata/bench-1mb.txt, about 1 MB made once of the repository's own
// fixtures (the article and the construction sentences of the day it was
// written, one a line) repeated, and kept as it is so that new fixtures do
// not move the benchmark. It repeats its text, so Document.Contradictions
// is not measured on it: its index finds few pairs.
func benchTexts(b *testing.B) []struct{ name, text string } {
	b.Helper()
	mb, err := os.ReadFile("testdata/bench-1mb.txt")
	if err != nil {
		b.Fatal(err)
	}
	return []struct{ name, text string }{
		{"article", readArticle(b)},
		{"1MB", string(mb)},
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

// BenchmarkExtractInto reads the same texts as BenchmarkExtract, each
// again and again into one Document: the steady state of a caller that
// extracts many texts, allocating only the strings that join a claim's
// parts. The Document's memory is made before the loop, by a first read,
// which the first call of b.Loop leaves out of the measure.
func BenchmarkExtractInto(b *testing.B) {
	for _, bt := range benchTexts(b) {
		b.Run(bt.name, func(b *testing.B) {
			e := attribution.New(attribution.Options{})
			var doc attribution.Document
			if err := e.ExtractInto(&doc, bt.text); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(bt.text)))
			b.ReportAllocs()
			for b.Loop() {
				if err := e.ExtractInto(&doc, bt.text); err != nil {
					b.Fatal(err)
				}
				benchSink += len(doc.Claims)
			}
		})
	}
}

// BenchmarkByteLoop reads every byte of the same texts once: the floor that
// BenchmarkExtract is measured against. It sums a local copy of the
// string, as a plain loop over a text does; BenchmarkByteLoopCaptured
// reads it through the closure's captured struct, as this one once did,
// at a fraction of the speed.
func BenchmarkByteLoop(b *testing.B) {
	for _, bt := range benchTexts(b) {
		b.Run(bt.name, func(b *testing.B) {
			text := bt.text
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				sum := 0
				for i := 0; i < len(text); i++ {
					sum += int(text[i])
				}
				benchSink += sum
			}
		})
	}
}

// BenchmarkByteLoopCaptured is BenchmarkByteLoop reading the text through
// the closure's captured struct: the loop the issue on speed found to
// flatter Extract's ratio, kept to compare with.
func BenchmarkByteLoopCaptured(b *testing.B) {
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

// BenchmarkJSON writes the JSON form of the reference article, extracted
// once outside the loop: AppendJSON into a buffer it reuses, and, to
// compare with, the reflection encoder it replaced (json.Marshal of the
// wire structs). The contradictions and the rebuttal links are read once
// and cached on the Document, here before the loops (LinkDisputes), so
// both measure the encoding only. The 1 MB text is left out: it repeats
// its text.
func BenchmarkJSON(b *testing.B) {
	text := readArticle(b)
	doc, err := attribution.Extract(text)
	if err != nil {
		b.Fatal(err)
	}
	doc.LinkDisputes()
	b.Run("AppendJSON", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		var buf []byte
		for b.Loop() {
			buf = doc.AppendJSON(buf[:0], attribution.JSONOptions{})
		}
		benchSink += len(buf)
	})
	b.Run("reflection", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			out, err := attribution.ReferenceJSON(doc, attribution.JSONOptions{})
			if err != nil {
				b.Fatal(err)
			}
			benchSink += len(out)
		}
	})
}
