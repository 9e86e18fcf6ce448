package main

import (
	"bufio"
	"os"
	"slices"
	"strconv"
	"testing"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/claim"
)

// polnear is the PolNeAR dev articles, built by ../shared/eval (not in a
// clean clone: TestMeasureKeyedRecall is skipped there).
const polnear = "../../.eval/polnear-dev.texts.jsonl"

// TestMeasureKeyedRecall reports, over the PolNeAR dev articles read as
// one corpus, how many of the pairs that the articles' own Contradictions
// flag (Contradicts) the keyed search would meet: the two claims share a
// key that the cap does not skip, the cap counting the claims of the whole
// corpus that hold the key, as the pipeline's GroupByKey does. It measures;
// it checks nothing. Run it with go test -v -run Measure.
func TestMeasureKeyedRecall(t *testing.T) {
	f, err := os.Open(polnear)
	if err != nil {
		t.Skipf("no %s: %v", polnear, err)
	}
	defer f.Close()
	type flagged struct{ a, b []uint64 }
	var pairs []flagged
	held := map[uint64]int{} // claims of the corpus holding each key
	articles, claims := 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), attribution.DefaultMaxBytes*2)
	for sc.Scan() {
		a, err := parseLine(sc.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		doc, err := attribution.Extract(a.Text)
		if err != nil {
			t.Fatal(err)
		}
		articles++
		keys := map[*claim.Claim][]uint64{}
		for _, c := range doc.Claims {
			ks := claimKeys(record(a.ID, c))
			keys[c] = ks
			claims++
			for _, k := range ks {
				held[k]++
			}
		}
		for _, c := range doc.Contradictions() {
			if c.Contradicts {
				pairs = append(pairs, flagged{keys[c.A], keys[c.B]})
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles, %d claims, %d keys, %d flagged pairs (Contradicts) in the articles' own Contradictions",
		articles, claims, len(held), len(pairs))
	for _, cap := range []int{claim.MaxPosting, 256, 1024, -1} {
		met := 0
		for _, p := range pairs {
			if slices.ContainsFunc(p.a, func(k uint64) bool {
				_, shared := slices.BinarySearch(p.b, k)
				return shared && !skip(held[k], cap)
			}) {
				met++
			}
		}
		skipped := 0
		for _, n := range held {
			if skip(n, cap) {
				skipped++
			}
		}
		name := "no cap"
		if cap >= 0 {
			name = "cap " + strconv.Itoa(cap)
		}
		t.Logf("%-9s %4d of %d flagged pairs share an unskipped key (%.1f%%); %d keys skipped",
			name, met, len(pairs), 100*float64(met)/float64(max(len(pairs), 1)), skipped)
	}
}
