// Package hearsay reads news text and answers three questions: who claims
// what, on whose authority, and which claims contradict each other.
//
// The work is split across packages that import one another in one
// direction:
//
//   - hearsay (this package) holds [Span], a half-open range of byte offsets
//     into the caller's original text. Every position hearsay reports is a
//     Span: the library never hands back offsets into a normalized copy.
//     Lines and columns are for people, and are found only when asked: a
//     [LineIndex] turns an offset into a [Position] ("3:14").
//   - [github.com/hearsay-go/hearsay/source] describes who is speaking: a
//     named person or organization, an anonymous group ("people familiar
//     with the talks"), or a document.
//   - [github.com/hearsay-go/hearsay/claim] describes what is claimed: the
//     cue ("said", "according to", "denied"), the content, whether it is
//     quoted, whether it is asserted or denied, and which other claims it
//     disputes ("disputed their account"); and it scores how strongly two
//     claims conflict, with reasons a person can read (a rebuttal, a
//     denial, a negation, antonyms and co-hyponyms from WordNet, numbers,
//     times and states that differ for one thing, opposed framing such as
//     "backpedaling" against "a normal part of the negotiation process",
//     opposed positions of two sources, a report that calls the other a
//     hoax).
//   - [github.com/hearsay-go/hearsay/attribution] runs the pipeline: text →
//     sentences → tokens → cue matches → construction rules → sources and
//     claims, with one source registry per document so that "the person
//     added" and "he said" point back at the source they mean.
//
// Most programs need one call:
//
//	doc, err := attribution.Extract(article)
//	for _, c := range doc.Claims {
//		fmt.Println(c.Source, c.Cue.Text(article), c.Content.Text(article))
//	}
//
// Which claims conflict, strongest first, each with its reasons:
//
//	for _, c := range doc.Contradictions() {
//		fmt.Printf("%s ~ %s: %.2f %v\n", c.A.Text, c.B.Text, c.Value, c.Reasons)
//	}
//
// The document's claims are read as one article
// ([github.com/hearsay-go/hearsay/claim.ConflictsIn]): they share its
// topic and its sources, so two claims that share no word can still be on
// one question, and a source that speaks against another sets their claims
// against each other. Claims about different things score zero and are
// not listed. To score claims from many documents against each other,
// [github.com/hearsay-go/hearsay/claim.Conflicts] finds the pairs that
// share content terms through an inverted index rather than comparing every
// pair; [github.com/hearsay-go/hearsay/claim.Analyze] and
// [github.com/hearsay-go/hearsay/claim.Compare] score one pair at a time
// from features computed once per claim. The claim package's overview
// says which to use when.
//
// json.Marshal of an [github.com/hearsay-go/hearsay/attribution.Document]
// gives the JSON form documented in the repository's README, with the text
// of every span filled in, and its contradictions; its AppendJSON and
// WriteJSON methods write the same bytes without reflection, WriteJSON in
// chunks, so that a large document is never held in memory whole.
//
// The library is pure Go: lexicons are text files embedded in the binary,
// loaded once per process (WordNet 3.0's antonyms, classes and base forms
// among them, generated once into a text file); nothing is fetched at run
// time. A program that needs reporting verbs of its own adds them with
// [github.com/hearsay-go/hearsay/attribution.Options], in the format of
// the built-in list.
package hearsay
