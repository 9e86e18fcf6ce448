package main

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// The pipeline, transform by transform:
//
//	textio.Read(input)                      {"id","text"} lines
//	  → extractLine                          one article each (attribution.Extract)
//	      ├─ documents: textio.Write(output)   the line hearsay -jsonl writes
//	      ├─ own: the article's Contradictions, both claims of one article
//	      └─ keyed: (key, ClaimRecord) for each of a claim's keys (AppendKeys)
//	  keyed → GroupByKey → scoreGroupFn      a group of more than max_group
//	                                         claims is skipped (counter
//	                                         hearsay/skipped_keys), never cut;
//	                                         else pairs of claims of
//	                                         different articles, Compare > 0
//	        → CombinePerKey(pair ids)        a pair found under several keys
//	                                         is kept once
//	  own + cross → Combine(sortPairsFn)     strongest first, one element
//	        → textio.Write(conflicts)
//
// Each step is a function of corpus.go, which Corpus runs in one process.

// skippedKeys counts the keys whose group held more claims than the cap.
var skippedKeys = beam.NewCounter("hearsay", "skipped_keys")

func init() {
	beam.RegisterType(reflect.TypeFor[ClaimRecord]())
	beam.RegisterType(reflect.TypeFor[Pair]())
	beam.RegisterType(reflect.TypeFor[Reason]())
	register.Function4x1(extractLine)
	register.Emitter1[string]()
	register.Emitter1[Pair]()
	register.Emitter2[uint64, ClaimRecord]()
	register.DoFn4x0[context.Context, uint64, func(*ClaimRecord) bool, func(string, Pair)](&scoreGroupFn{})
	register.Emitter2[string, Pair]()
	register.Iter1[ClaimRecord]()
	register.Function2x1(keepOne)
	register.Combiner3[[]Pair, Pair, string](&sortPairsFn{})
	register.Function2x0(nonEmpty)
}

// Options are the pipeline's inputs and outputs and its cap.
type Options struct {
	Input     string // a file or glob of {"id","text"} lines
	Output    string // the documents, one JSON line each
	Conflicts string // the conflicting pairs, one JSON line each, strongest first

	// MaxGroup is the most claims a key's group may hold and be scored;
	// a larger group is skipped as a stop word. Negative: no cap.
	MaxGroup int
}

// Build adds the pipeline to s: it reads opts.Input and writes
// opts.Output and opts.Conflicts.
func Build(s beam.Scope, opts Options) {
	lines := textio.Read(s, opts.Input)
	docs, pairs := Pipeline(s, lines, opts.MaxGroup)
	textio.Write(s.Scope("documents"), opts.Output, docs)
	textio.Write(s.Scope("conflicts"), opts.Conflicts, pairs)
}

// Pipeline is the pipeline between its reads and writes: from a
// PCollection<string> of input lines it makes the documents
// (PCollection<string>, one JSON line each, in no order) and the conflicts
// (PCollection<string>: at most one element, every pair's JSON line,
// strongest first, joined by newlines).
func Pipeline(s beam.Scope, lines beam.PCollection, maxGroup int) (docs, conflicts beam.PCollection) {
	docs, own, keyed := beam.ParDo3(s.Scope("extract"), extractLine, lines)
	cross := beam.ParDo(s.Scope("score groups"), &scoreGroupFn{MaxGroup: maxGroup}, beam.GroupByKey(s, keyed))
	cross = beam.DropKey(s, beam.CombinePerKey(s.Scope("dedupe"), keepOne, cross))
	all := beam.Flatten(s, own, cross)
	// One global combine sorts every pair: fine for an example; a corpus
	// of millions of articles would keep a top N per shard (top.Largest)
	// and merge those instead of holding every pair on one worker.
	sorted := beam.Combine(s.Scope("strongest first"), &sortPairsFn{}, all)
	return docs, beam.ParDo(s, nonEmpty, sorted)
}

// extractLine is the extract step for one input line: it emits the
// article's document line, its own contradictions and, for each claim, a
// (key, record) for each of its keys. A blank line is skipped; a line that
// is not an {"id","text"} object fails the pipeline, as it fails hearsay
// -jsonl.
func extractLine(line string, emitDoc func(string), emitOwn func(Pair), emitKeyed func(uint64, ClaimRecord)) error {
	if len(bytes.TrimSpace([]byte(line))) == 0 {
		return nil
	}
	a, err := parseLine([]byte(line))
	if err != nil {
		return fmt.Errorf("input line %.40q: %w", line, err)
	}
	e, err := extract(a)
	if err != nil {
		return err
	}
	emitDoc(e.line)
	for _, p := range e.own {
		emitOwn(p)
	}
	for _, r := range e.claims {
		for _, k := range claimKeys(r) {
			emitKeyed(k, r)
		}
	}
	return nil
}

// scoreGroupFn scores one key's group (see scoreGroup), keyed by the
// pair's ids for deduplication. A group of more than MaxGroup claims is
// skipped and counted (hearsay/skipped_keys); it is never truncated, since
// which claims a cut would keep would depend on the runner.
type scoreGroupFn struct {
	MaxGroup int
}

// ProcessElement scores the group of key.
func (fn *scoreGroupFn) ProcessElement(ctx context.Context, key uint64, values func(*ClaimRecord) bool, emit func(string, Pair)) {
	var group []ClaimRecord
	var r ClaimRecord
	for values(&r) {
		group = append(group, r)
		if skip(len(group), fn.MaxGroup) {
			skippedKeys.Inc(ctx, 1)
			for values(&r) { // drain the iterator, as a runner may ask
			}
			return
		}
	}
	for _, p := range scoreGroup(group) {
		emit(p.key(), p)
	}
}

// keepOne combines the copies of one pair found under several keys: they
// are equal, so either will do.
func keepOne(a, _ Pair) Pair { return a }

// sortPairsFn collects every pair and writes them strongest first, as one
// element, so that the order survives textio.Write (which groups its
// input, and a group has no order).
type sortPairsFn struct{}

// CreateAccumulator returns no pairs.
func (*sortPairsFn) CreateAccumulator() []Pair { return nil }

// AddInput adds p.
func (*sortPairsFn) AddInput(acc []Pair, p Pair) []Pair { return append(acc, p) }

// MergeAccumulators joins two lists.
func (*sortPairsFn) MergeAccumulators(a, b []Pair) []Pair { return append(a, b...) }

// ExtractOutput sorts the pairs and writes them, one JSON line each,
// without the last newline (textio.Write adds it).
func (*sortPairsFn) ExtractOutput(acc []Pair) string {
	var b strings.Builder
	if err := writePairs(&b, strongest(acc)); err != nil {
		panic(err) // a strings.Builder does not fail; a Pair always encodes
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// nonEmpty drops the empty list, so that a corpus with no conflicts
// writes no line.
func nonEmpty(s string, emit func(string)) {
	if s != "" {
		emit(s)
	}
}
