// Package hearsay reads news text and answers three questions: who claims
// what, on whose authority, and which claims contradict each other. The
// first two are answered today; scoring contradictions between claims is
// the next step of the project.
//
// The work is split across packages that import one another in one
// direction:
//
//   - hearsay (this package) holds [Span], a half-open range of byte offsets
//     into the caller's original text. Every position hearsay reports is a
//     Span: the library never hands back offsets into a normalized copy.
//   - [github.com/hearsay-go/hearsay/source] describes who is speaking: a
//     named person or organization, an anonymous group ("people familiar
//     with the talks"), or a document.
//   - [github.com/hearsay-go/hearsay/claim] describes what is claimed: the
//     cue ("said", "according to", "denied"), the content, whether it is
//     quoted, and whether it is asserted or denied.
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
// json.Marshal of an [attribution.Document] gives the JSON form documented in
// the repository's README, with the text of every span filled in.
//
// The library is pure Go: lexicons are text files embedded in the binary,
// loaded once per process; nothing is fetched at run time.
package hearsay
