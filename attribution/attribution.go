// Package attribution finds the attributed claims in a news text: who says
// what, and on whose authority.
//
// [Extract] reads a text and returns a [Document]: its sentences, the
// sources that speak in it (one [source.Source] per speaker, with every
// mention), and the claims they make (one [claim.Claim] per cue). Every
// position is a [hearsay.Span] of byte offsets into the text as given.
//
// The pipeline runs in one pass per stage: sentences, tokens (folded for
// matching, never copied), quotation marks paired, cue matches against
// lexicons built once per process, construction rules ("S said C", "C, S
// said", "according to S, C", direct and split quotes, "S told Y that C",
// "S denied that C", "S see X as Y", …), and one source registry per
// document that resolves "the person added" and "he said" to the source
// they mean. The claims' rebuttal links are read when asked for
// ([Document.LinkDisputes]).
//
// The files follow the data: parse.go holds the parser and its one pass
// over the tokens; rules.go the sentence loop, which tries each cue
// candidate; verb.go the guards against a cue word that is no verb where it
// stands and the constructions of a reporting verb, two ordered tables
// tried in turn (before its subject is found: a question asked, a gerund,
// "and said", "C, said S"; after it: an infinitive, a that-clause, an
// as-clause, quotations, "As S said", "C, S said", a bare clause), each
// named as the fixture of construction_test.go that shows it; punctuation.go
// the cues that are punctuation ("Name: “quote”"); subject.go, adjunct.go
// and content.go what the constructions read: a subject, the adjuncts after
// a cue, and where a content begins and ends; registry.go the sources
// (introduced.go the people a text names after a noun, "star Arturo
// Castro", whom "The star" refers to later), assemble.go the claims made from the drafts, silent.go the sources that
// did not respond, and publish.go how the claims and the sources are handed
// to the Document: in memory of their size for Extract, in the memory of
// the Document's last text for ExtractInto, which reads text after text
// into one Document and then allocates next to nothing.
//
// A Document writes itself out in three forms: JSON ([Document.WriteJSON],
// documented in the README), a plain-text report ([Document.WriteReport])
// and an HTML page ([Document.WriteHTML], from report.html). They live
// here, not in the command, because a Document holds its Text, which each
// form shows at the claims' offsets, and a program may want them as the
// command-line tool does.
package attribution

import (
	"errors"
	"fmt"
	"sync"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/internal/lexicon"
	"github.com/hearsay-go/hearsay/internal/text"
	"github.com/hearsay-go/hearsay/source"
)

// DefaultMaxBytes is the largest input Extract accepts when
// Options.MaxBytes is zero: 64 MiB.
const DefaultMaxBytes = 64 << 20

// MaxMaxBytes is the largest input any Extractor accepts: 1 GiB.
const MaxMaxBytes = 1 << 30

// ErrTooLarge is returned for input longer than the extractor's MaxBytes.
var ErrTooLarge = errors.New("attribution: input exceeds MaxBytes")

// Options configure an [Extractor]. The zero value means the defaults.
type Options struct {
	// Abbreviations are added to the built-in list of words whose final
	// period does not end a sentence, such as "Gov." or "approx.".
	Abbreviations []string

	// Cues are reporting verbs and phrases read beside the built-in ones,
	// one a string, in the format of the built-in list:
	//
	//	CLASS BASE PAST PARTICIPLE THIRD-PERSON GERUND [FLAGS]
	//	phrase CLASS KIND WORD...
	//
	// CLASS is speech, denial, attitude or document, and every form is
	// written out in lower case: "speech kvetch kvetched kvetched kvetches
	// kvetching". FLAGS, joined by commas, say where a verb is a cue: obj
	// (a hearer may come before the content: "told reporters that"), that
	// (only before a that-clause or a quote), noun (a form is also a
	// noun), to (only before an infinitive, its content), inf (an
	// infinitive may be the content), as ("sees it as a mistake"), call
	// ("called it a hoax"), topic (the object is what is spoken of:
	// "criticized the plan"). KIND is src-after ("according to S"),
	// verb-tail ("pointed out") or adj ("is concerned that"). A form may
	// belong to one verb only, and a built-in verb may not be given again.
	// New panics on a malformed line, as regexp.MustCompile does: the lines
	// are the program's, not its input.
	Cues []string

	// MaxBytes is the largest input accepted; 0 means DefaultMaxBytes.
	// It is at most MaxMaxBytes (1 GiB): larger values are taken as that.
	MaxBytes int

	// NestedStances keeps as claims of their own the beliefs, the
	// documents' findings and the acts of speech about a thing that
	// another claim reports: "she expected an agreement" in "Roald said
	// she expected an agreement", "the study found …" in "he said the
	// study found …", "she had urged the board to sell" in "he said she
	// had urged the board to sell" (a cue whose object is what it is
	// about: urged, discussed, criticized, called). By default they are
	// part of the claim that reports them, as most readers (and most
	// annotated corpora) take them; words reported inside a claim ("he
	// said she had told the board that …") are a claim of their own either
	// way.
	NestedStances bool
}

// An Extractor finds attributed claims. It is immutable once made and safe
// for concurrent use by multiple goroutines.
type Extractor struct {
	abbr   *text.Abbrevs
	ents   *joined // the lexicons, with Options.Cues; nil for the defaults
	max    int
	nested bool // Options.NestedStances
}

// New returns an Extractor configured by opts. It panics if a line of
// opts.Cues is malformed.
func New(opts Options) *Extractor {
	e := &Extractor{abbr: text.DefaultAbbrevs(), max: opts.MaxBytes, nested: opts.NestedStances}
	if len(opts.Abbreviations) > 0 {
		e.abbr = e.abbr.With(opts.Abbreviations...)
	}
	if len(opts.Cues) > 0 {
		cues, err := lexicon.Extend(opts.Cues)
		if err != nil {
			panic("attribution: Options.Cues: " + err.Error())
		}
		e.ents = newEntries(cues)
	}
	if e.max <= 0 {
		e.max = DefaultMaxBytes
	}
	e.max = min(e.max, MaxMaxBytes)
	return e
}

var defaultExtractor = New(Options{})

// Extract finds the attributed claims in text with the default options. It
// returns an error only for input it cannot use at all (see [ErrTooLarge]);
// a text with no attribution gives a Document with no claims.
func Extract(text string) (*Document, error) { return defaultExtractor.Extract(text) }

// entries returns the joined lexicons e reads with.
func (e *Extractor) entries() *joined {
	if e.ents != nil {
		return e.ents
	}
	return entries()
}

// Extract finds the attributed claims in text.
func (e *Extractor) Extract(text string) (*Document, error) {
	if e.abbr == nil { // the zero Extractor: the defaults
		e = defaultExtractor
	}
	if len(text) > e.max {
		return nil, fmt.Errorf("%w (%d > %d bytes)", ErrTooLarge, len(text), e.max)
	}
	d := &Document{read: new(reading)}
	e.extract(d, text)
	return d, nil
}

// ExtractInto finds the attributed claims in text, as Extract does, and
// puts them in d, in the memory of what d held before: its slices, and
// the claims and sources of the text it was made from, which it
// overwrites. A caller that reads many texts in turn can use one Document
// for all of them and allocate next to nothing once it has read the
// longest.
//
// So nothing that d gave out before may be kept across the call: its
// Sentences, Sources and Claims slices, the *claim.Claim and
// *source.Source they point to (and their Mentions and Parts), and the
// conflicts that Contradictions returned, which point to those claims,
// all change. Strings are never overwritten: a claim's Text or a source's
// Name may be kept. What d read of its claims once (see
// [Document.LinkDisputes]) is forgotten, and is read again, from the new
// claims, when next asked for.
//
// d may be a Document that Extract or ExtractInto made, or a zero
// Document. If text is too long (see [ErrTooLarge]), d is left as it was.
// ExtractInto panics if d is nil. Like any Document, d must not be used
// by another goroutine during the call.
func (e *Extractor) ExtractInto(d *Document, text string) error {
	if d == nil {
		panic("attribution: ExtractInto with a nil *Document")
	}
	if e.abbr == nil {
		e = defaultExtractor
	}
	if len(text) > e.max {
		return fmt.Errorf("%w (%d > %d bytes)", ErrTooLarge, len(text), e.max)
	}
	if d.read == nil {
		d.read = new(reading)
	} else {
		*d.read = reading{} // nothing read of the old claims is returned for the new ones
	}
	e.extract(d, text)
	return nil
}

// extract reads text into d, in a scratch's memory.
func (e *Extractor) extract(d *Document, text string) {
	d.Text = text
	sc := getScratch()
	sc.parser(e, text, d).run()
	sc.release()
	putScratch(sc)
}

// A Document is what Extract found in one text. It belongs to its caller,
// who may hand it to ExtractInto to be filled again, from another text, in
// its memory.
type Document struct {
	// Text is the input, as given; every Span refers to it.
	Text string

	// Sentences are the sentence spans, in order.
	Sentences []hearsay.Span

	// Sources are the speakers, in order of first mention; each one's ID
	// follows that order ("s1", "s2", …).
	Sources []*source.Source

	// Claims are the attributed claims, in text order of their cues.
	Claims []*claim.Claim

	// constructions names, for each claim, the construction that read it
	// (see construction in verb.go); for tests.
	constructions []how

	// claimMem, sourceMem and spanMem are the memory that Claims and
	// Sources point into, and that their Parts and Mentions are slices
	// of, which ExtractInto reuses.
	claimMem  []claim.Claim
	sourceMem []source.Source
	spanMem   []hearsay.Span

	// read holds what is read once from the claims of a Document made
	// by Extract or ExtractInto; nil for another.
	read *reading
}

// A reading is the claims' rebuttal links and contradictions, read
// together once (see Document.LinkDisputes).
type reading struct {
	once      sync.Once
	conflicts []claim.Conflict
}

// LinkDisputes fills each claim's Disputes: the claims of the document it
// rebuts, denies or dismisses (see [claim.LinkDisputes]). Extract leaves
// them empty, as reading the rebuttals costs several times the extraction
// itself; [Document.Contradictions], [Document.MarshalJSON] and
// [Document.WriteReport] fill them too.
//
// For a Document made by Extract or ExtractInto, the links and the
// contradictions are read together, once (for ExtractInto, once for each
// text), on the first call of any of these methods, which are safe for
// concurrent use; changes made to Claims after that are not seen (call
// [claim.LinkDisputes] and [claim.ConflictsIn] on them).
func (d *Document) LinkDisputes() {
	if d.read == nil {
		claim.LinkDisputes(d.Text, d.Claims)
		return
	}
	d.linkConflicts()
}

// linkConflicts reads the links and the contradictions of a Document
// made by Extract or ExtractInto, once.
func (d *Document) linkConflicts() []claim.Conflict {
	d.read.once.Do(func() { d.read.conflicts = claim.LinkConflictsIn(d.Text, d.Claims) })
	return d.read.conflicts
}
