// Command beam finds the attributed claims of a corpus of news articles,
// and the claims that conflict, across the corpus, with an Apache Beam
// pipeline: on one machine with the direct runner, or on Flink, Spark or
// Dataflow with their runner flags.
//
// Usage:
//
//	beam --input=in.jsonl --output=docs --conflicts=pairs [--max_group=64] [--runner=direct]
//
// The input is {"id","text"} lines, as hearsay -jsonl reads. The documents
// output holds, for each article, the line hearsay -jsonl writes (the lines
// in no particular order); the conflicts output holds the conflicting pairs
// of claims, one {"a_doc","a","b_doc","b","score","contradicts","reasons"}
// line each, strongest first: each article's own contradictions, and the
// pairs of claims of different articles that share a key (see
// claim.Features.AppendKeys) and score above zero read alone.
//
// A key held by more than --max_group claims is skipped, as a search engine
// skips a stop word; the counter hearsay/skipped_keys says how many were.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/hearsay-go/hearsay/claim"
)

var (
	input     = flag.String("input", "", `{"id","text"} lines to read (a file or a glob; required)`)
	output    = flag.String("output", "", "file to write the documents to, one JSON line each (required)")
	conflicts = flag.String("conflicts", "", "file to write the conflicting pairs to, strongest first (required)")
	maxGroup  = flag.Int("max_group", claim.MaxPosting, "skip a key held by more claims than this (negative: no cap)")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" || *conflicts == "" {
		log.Fatal("beam: --input, --output and --conflicts are required")
	}
	if *runners.Runner == "" {
		*runners.Runner = "direct" // beamx.Run's own default is prism
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, Options{Input: *input, Output: *output, Conflicts: *conflicts, MaxGroup: *maxGroup})
	if err := beamx.Run(context.Background(), p); err != nil {
		log.Fatalf("beam: %v", err)
	}
}
